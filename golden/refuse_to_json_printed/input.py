# to_json() describes the architecture: output_layers become a dict, the new layer names
# appear in it. The printed JSON (and any file it is written to) would change.
import keras
from keras import layers

inp = keras.Input(shape=(5,), name="inp")
first = layers.Dense(1)(inp)
second = layers.Dense(1)(inp)
model = keras.Model(inp, [first, second])
with open("architecture.json", "w") as f:
    f.write(model.to_json())
