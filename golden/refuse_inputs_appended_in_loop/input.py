# `inputs` starts empty and is filled in a loop: the model has as many inputs as the loop
# makes, which the tool cannot see. Refused, with the line that fills the list.
import keras
from keras import layers

inputs = []
branches = []
for width in (3, 5, 2):
    tensor = keras.Input(shape=(width,))
    inputs.append(tensor)
    branches.append(layers.Dense(4)(tensor))
merged = layers.concatenate(branches)
score = layers.Dense(1)(merged)
model = keras.Model(inputs, score)
model.compile(optimizer="adam", loss="mse")
model.fit([xa, xb, xc], y, epochs=2)
