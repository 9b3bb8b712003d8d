# The monitored key is spelled by an f-string: the tool cannot update it, and after naming
# the output layers `val_dense_1_loss` would not exist, so early stopping would never fire.
import keras
from keras import layers

which = 1
inp = keras.Input(shape=(4,), name="inp")
h = layers.Dense(8)(inp)
price = layers.Dense(1)(h)
size = layers.Dense(1)(h)
model = keras.Model(inp, [price, size])
model.compile(optimizer="adam", loss=["mse", "mse"])
stop = keras.callbacks.EarlyStopping(monitor=f"val_dense_{which}_loss", patience=2)
model.fit(x_train, [y_price, y_size], validation_split=0.2, callbacks=[stop], epochs=20)
