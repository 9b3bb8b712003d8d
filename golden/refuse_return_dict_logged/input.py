# The evaluate() logs dict is put into a log line with %-formatting: with dict outputs Keras 2
# lists its keys in sorted order, so the logged line would change. Logging, `%` and
# `str.format` show a dict's order as `print` does.
import logging

import keras
import numpy as np
from keras import layers

LOGGER = logging.getLogger(__name__)

N = 8
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, name="zeta")(inp)
alpha = layers.Dense(1, name="alpha")(inp)
model = keras.Model(inputs=inp, outputs=[zeta, alpha])
model.compile(optimizer="sgd", loss=["mse", "mae"])
model.fit(x, [x * 3, x * 5], batch_size=N, verbose=0)
scores = model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0, return_dict=True)
LOGGER.info("test scores: %s", scores)
