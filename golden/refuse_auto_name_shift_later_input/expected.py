# The tool would name the first model's unnamed Inputs. Named Inputs take no number, so the
# Input of the model built afterwards goes from input_layer_2 to input_layer (input_3 to
# input_1 on Keras 2), and the file prints that model's layer names: the tool leaves the
# first model as it is (MKD128).
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
left = keras.Input(shape=(1,))
right = keras.Input(shape=(1,))
joined = layers.Concatenate(name="joined")([left, right])
out = layers.Dense(1, kernel_initializer="ones", name="out")(joined)
model = keras.Model([left, right], out)
model.compile(optimizer="sgd", loss="mse")
model.fit([x, x * 2], x * 3, batch_size=N, verbose=0)

probe_in = keras.Input(shape=(1,))
probe = keras.Model(probe_in, layers.Dense(1, name="probe_out")(probe_in))
print([layer.name for layer in probe.layers])
