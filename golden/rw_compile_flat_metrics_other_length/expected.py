import keras
from keras import layers

readings = keras.Input(shape=(48,), name="readings")
h = layers.Dense(32, activation="relu")(readings)
load = layers.Dense(1, name="load")(h)
peak = layers.Dense(1, name="peak")(h)
temperature = layers.Dense(1, name="temperature")(h)

model = keras.Model(readings, {"load": load, "peak": peak, "temperature": temperature})
model.compile(
    optimizer="adam",
    loss={"load": "mse", "peak": "mse", "temperature": "mse"},
    metrics=["mae"],
)
model.fit(x_train, {"load": y_load, "peak": y_peak, "temperature": y_temp}, epochs=10)
