# Probes: unnamed heads whose automatic names depend on a builder called twice before
# (dense..dense_9 taken), so the heads are dense_10 and dense_11, sorted 1 < 9.
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


def trunk(t):
    for _ in range(5):
        t = layers.Dense(1, kernel_initializer="ones")(t)
    return t


h = trunk(trunk(inp))
zeta = layers.Dense(1, kernel_initializer="ones")(h)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones")(h)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q], metrics=[["mae"], ["mse"]])
total, zl, al, zm, am = model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0)
print([round(float(v), 2) for v in (total, zl, al, zm, am)])
