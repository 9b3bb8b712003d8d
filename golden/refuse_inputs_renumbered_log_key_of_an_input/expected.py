# Naming the first model's Inputs renumbers the unnamed Input built later on Keras 2
# (input_3 -> input_1). Log keys name outputs, not Inputs, unless a model outputs an Input as
# it is, as `passthrough` does: its log keys spell that Input's automatic name, and the file
# reads them, so the tool refuses (MKD128) instead of noting it (MKD119).
import keras
from keras import layers

a = keras.Input(shape=(2,))
b = keras.Input(shape=(2,))
score = layers.Dense(1, name="score")(layers.concatenate([a, b]))
model = keras.Model([a, b], score)
model.compile(optimizer="sgd", loss="mse")
model.fit([x_a, x_b], y, epochs=1)

raw = keras.Input(shape=(1,))
scaled = layers.Dense(1, name="scaled")(raw)
passthrough = keras.Model(raw, [raw, scaled])
passthrough.compile(optimizer="sgd", loss=["mse", "mse"])
history = passthrough.fit(x_raw, [x_raw, y_scaled], epochs=1)
print(sorted(history.history))
