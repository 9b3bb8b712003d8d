# Probes (passed): another file imports the private helper and calls it with its own model.
import keras
from keras import layers

from train import _report, inp

b1 = layers.Dense(1, kernel_initializer="ones", name="b1")(inp)
b2 = layers.Dense(1, kernel_initializer="zeros", name="b2")(inp)
other = keras.Model(inp, [b2, b1])
_report(other)
