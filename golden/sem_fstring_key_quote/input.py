# The first model's outputs are named "it's" and "a\\b" and its predictions are indexed
# inside an f-string: no key with a quote or backslash can be written there before Python
# 3.12, so that model is left as it is. The second model of the file still migrates.
import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


N = 8
x = np.linspace(0.0, 1.0, N * 3, dtype="float32").reshape(N, 3)
y_a = np.full((N, 1), 3.0, "float32")
y_b = np.full((N, 1), 5.0, "float32")

inp = keras.Input(shape=(3,), name="inp")
a = layers.Dense(1, kernel_initializer="ones", name="it's")(inp)
b = layers.Dense(1, kernel_initializer="zeros", bias_initializer="ones", name="a\\b")(inp)
quoted = keras.Model(inp, [a, b])
quoted.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
quoted.fit(x, [y_a, y_b], batch_size=N, verbose=0)
p = quoted.predict(x, verbose=0)
print(f"{p[0][0][0]:.3f} {p[1][0][0]:.3f}")

inp2 = keras.Input(shape=(3,), name="inp2")
c = layers.Dense(1, kernel_initializer="ones", name="c")(inp2)
d = layers.Dense(1, kernel_initializer="zeros", bias_initializer="ones", name="d")(inp2)
plain = keras.Model(inp2, [c, d])
plain.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
plain.fit(x, [y_a, y_b], batch_size=N, verbose=0)
q = plain.predict(x, verbose=0)
print(f"{q[0][0][0]:.3f} {q[1][0][0]:.3f}")
