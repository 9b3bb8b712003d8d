# Probes: a metrics list bound to a name and reversed before compile: the literal the tool
# reads is not what compile gets.
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
mets = [["mse"], ["mae"]]
mets.reverse()
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q], metrics=mets)
total, zl, al, m1, m2 = model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0)
print([round(float(v), 2) for v in (total, zl, al, m1, m2)])
