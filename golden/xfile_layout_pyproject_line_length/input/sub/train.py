# The project's pyproject.toml sets `[tool.ruff] line-length = 120`: edited lines that fit
# in 120 columns stay on one line, longer ones are laid out.
import keras
from keras import layers

readings = keras.Input(shape=(24,), name="readings")
weather = keras.Input(shape=(6,), name="weather")
hidden = layers.Dense(64, activation="relu")(layers.Concatenate()([readings, weather]))
consumption = layers.Dense(1, name="consumption")(hidden)
peak = layers.Dense(1, activation="sigmoid", name="peak")(hidden)
model = keras.Model(inputs=[readings, weather], outputs=[consumption, peak])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit([x_readings, x_weather], [y_consumption, y_peak], epochs=10, batch_size=64, validation_split=0.2)
