# Probes (passed): the helper fits; the compile with per-output metrics comes after the def
# and the results of evaluate in the helper are unpacked by position.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
y1 = np.full((N, 1), 3.0, "float32")
y2 = np.full((N, 1), 0.5, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="zeros", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])


def _score(m):
    total, first, second = m.evaluate(x, [y1, y2], batch_size=N, verbose=0)
    print(round(float(first), 3), round(float(second), 3))


model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
_score(model)
