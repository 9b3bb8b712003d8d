# A loss dict out of output order, and nothing reads the order of the logs (an early-stopping
# callback reads them by key): the dict is left as the author wrote it.
import keras
from keras import layers

inp = keras.Input(shape=(4,), name="inp")
zeta = layers.Dense(1, name="zeta")(inp)
alpha = layers.Dense(1, name="alpha")(inp)
model = keras.Model(inp, {"zeta": zeta, "alpha": alpha})
model.compile(optimizer="sgd", loss={"alpha": "mse", "zeta": "mae"})
stop = keras.callbacks.EarlyStopping(monitor="val_loss", patience=2)
history = model.fit(
    x, {"zeta": y_zeta, "alpha": y_alpha}, validation_split=0.2, callbacks=[stop]
)
print(min(history.history["val_loss"]))
