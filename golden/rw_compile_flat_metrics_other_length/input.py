import keras
from keras import layers

readings = keras.Input(shape=(48,), name="readings")
h = layers.Dense(32, activation="relu")(readings)
load = layers.Dense(1, name="load")(h)
peak = layers.Dense(1, name="peak")(h)
temperature = layers.Dense(1, name="temperature")(h)

model = keras.Model(readings, [load, peak, temperature])
model.compile(optimizer="adam", loss=["mse", "mse", "mse"], metrics=["mae"])
model.fit(x_train, [y_load, y_peak, y_temp], epochs=10)
