# The project sets `line-length = 120` (flags.txt stands for its pyproject.toml): the
# edited lines that still fit in 120 columns stay on one line.
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
model.compile(optimizer="adam", loss={"consumption": "mse", "peak": "binary_crossentropy"}, metrics=["mae"])
model.fit(
    {"readings": x_readings, "weather": x_weather},
    {"consumption": y_consumption, "peak": y_peak},
    epochs=10,
    batch_size=64,
)
