# Probes: unnamed heads after keras.utils.clear_session() in the middle of the file: the
# counters restart, so the heads are dense and dense_1 (not dense_3, dense_4).
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
for _ in range(3):
    layers.Dense(1)
keras.utils.clear_session()
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q], metrics=[["mae"], ["mse"]])
total, zl, al, zm, am = model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0)
print([round(float(v), 2) for v in (total, zl, al, zm, am)])
