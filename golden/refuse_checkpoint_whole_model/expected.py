# ModelCheckpoint without save_weights_only=True saves the whole model during fit().
import keras
from keras import layers

inp = keras.Input(shape=(4,), name="inp")
mean = layers.Dense(1, name="mean")(inp)
spread = layers.Dense(1, name="spread")(inp)
model = keras.Model(inp, [mean, spread])
model.compile(optimizer="adam", loss=["mse", "mae"])
best = keras.callbacks.ModelCheckpoint("best.keras", monitor="val_loss", save_best_only=True)
model.fit(x, [y_mean, y_spread], validation_split=0.2, callbacks=[best])
