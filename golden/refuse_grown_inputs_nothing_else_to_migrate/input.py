# Inputs filled at run time, as in sem_inputs_filled_in_loop, on a model whose outputs are a
# dict already: the inputs are all that is left to name, and the tool cannot name them:
# refused, saying how to write them. The encoder on the same inputs only predicts, so it
# needs nothing (MKD014).
import keras
import numpy as np
from keras import layers

inputs = []
for width in (1, 2):
    inputs.append(keras.Input(shape=(width,)))
h = layers.Concatenate()(inputs)
first = layers.Dense(1, name="first")(h)
second = layers.Dense(1, name="second")(h)
model = keras.Model(inputs, {"first": first, "second": second})
model.compile(optimizer="sgd", loss={"first": "mse", "second": "mae"})
xs = [np.ones((4, 1)), np.ones((4, 2))]
model.fit(xs, {"first": np.ones((4, 1)), "second": np.ones((4, 1))}, verbose=0)
encoder = keras.Model(inputs, h)
print(encoder.predict(xs, verbose=0).shape)
