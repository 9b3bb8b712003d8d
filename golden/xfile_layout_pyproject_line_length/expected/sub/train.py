# The project's pyproject.toml sets `[tool.ruff] line-length = 120`: edited lines that fit
# in 120 columns stay on one line, longer ones are laid out.
import keras
from keras import layers

readings = keras.Input(shape=(24,), name="readings")
weather = keras.Input(shape=(6,), name="weather")
hidden = layers.Dense(64, activation="relu")(layers.Concatenate()([readings, weather]))
consumption = layers.Dense(1, name="consumption")(hidden)
peak = layers.Dense(1, activation="sigmoid", name="peak")(hidden)
model = keras.Model(
    inputs={"readings": readings, "weather": weather}, outputs={"consumption": consumption, "peak": peak}
)
model.compile(optimizer="adam", loss={"consumption": "mse", "peak": "binary_crossentropy"})
model.fit(
    {"readings": x_readings, "weather": x_weather},
    {"consumption": y_consumption, "peak": y_peak},
    epochs=10,
    batch_size=64,
    validation_split=0.2,
)
