# Probes: a helper whose name comes from a keyword-only parameter with a default, called
# once with the keyword and once without.
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


def head(t, *, name="omega", units=1):
    return layers.Dense(units, kernel_initializer="ones", name=f"{name}_out")(t)


zeta = head(inp)
alpha = head(inp, name="alpha")
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
history = model.fit(x, [x * 3, x * 5], batch_size=N, verbose=0)
print(sorted((k, round(v[0], 2)) for k, v in history.history.items()))
