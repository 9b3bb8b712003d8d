# Probes: unnamed heads after Dense layers made in a comprehension: their automatic names
# are dense_8/dense_9... only at run time (dense_9 then dense_10 sort the other way).
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
K = 9
h = inp
for layer in [layers.Dense(1, kernel_initializer="ones") for _ in range(K)]:
    h = layer(h)
zeta = layers.Dense(1, kernel_initializer="ones")(h)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones")(h)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q], metrics=[["mae"], ["mse"]])
total, zl, al, zm, am = model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0)
print([round(float(v), 2) for v in (total, zl, al, zm, am)])
