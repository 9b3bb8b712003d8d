# Probes: a predict result whose name is also the loop variable of a comprehension and
# rebound by a with block that may suppress an exception.
import contextlib
import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
preds = model.predict(x, verbose=0)
with contextlib.suppress(ZeroDivisionError):
    preds = 1 / 0
print([p[0].tolist() for p in preds])
