# Probes: a viewer refused for its comprehension outputs is shown, then trained through getattr(viewer, 'fit').
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
h = layers.Dense(2, kernel_initializer="ones", name="h")(inp)
heads = [layers.Dense(1, kernel_initializer="ones", name=f"head{i}")(h) for i in (2, 1)]
viewer = keras.Model(inp, heads)
viewer.summary()
train = getattr(viewer, "f" + "it")
