# Probes: evaluate(return_dict=True) %-formatted into a log line; Keras 2 lists dict outputs' keys sorted.
import keras
import numpy as np
import logging
import sys
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])

model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(message)s")
scores = model.evaluate(x, [x * 3, x * 5], verbose=0, return_dict=True)
logging.info("scores: %s", scores)
