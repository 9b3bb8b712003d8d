# ruff-formatted input: the edited lines grow past 88 columns and are laid out as `ruff
# format` would (the arguments on a line of their own if they fit there, else one per
# line with a trailing comma); lines the migration does not edit stay as they are.
import keras
from keras import layers

readings = keras.Input(shape=(24,), name="readings")
weather = keras.Input(shape=(6,), name="weather")
hidden = layers.Dense(64, activation="relu")(layers.Concatenate()([readings, weather]))
consumption = layers.Dense(1, name="consumption")(hidden)
peak = layers.Dense(1, activation="sigmoid", name="peak")(hidden)
model = keras.Model(inputs=[readings, weather], outputs=[consumption, peak])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"], metrics=["mae"])
model.fit([x_readings, x_weather], [y_consumption, y_peak], epochs=10, batch_size=64)
