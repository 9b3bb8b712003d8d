# keras.models.save_model saves the whole model, now with dict outputs.
import keras
from keras import layers

inp = keras.Input(shape=(4,), name="inp")
mean = layers.Dense(1, name="mean")(inp)
spread = layers.Dense(1, name="spread")(inp)
model = keras.Model(inp, [mean, spread])
model.compile(optimizer="adam", loss=["mse", "mae"])
model.fit(x, [y_mean, y_spread])
keras.models.save_model(model, "forecaster.keras")
