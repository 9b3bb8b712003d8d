# Probes: predict() over a generator (PyDataset-free: a plain tf-free generator of arrays).
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
def gen():
    for _ in range(2):
        yield (x,)


preds = model.predict(gen(), steps=2, verbose=0)
print(len(preds), [p.shape for p in preds], [float(p.sum()) for p in preds])
