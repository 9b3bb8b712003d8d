# Probes: a model on self compiled inside the class, its labels list handed in by the caller.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


class Trainer:
    def __init__(self):
        inp = keras.Input(shape=(1,), name="x")
        zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
        beta = layers.Dense(1, kernel_initializer="ones", name="beta")(inp)
        self.model = keras.Model(inp, [zeta, beta])
        self.model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])

    def score(self, data, labels):
        return self.model.evaluate(data, labels, batch_size=N, verbose=0)


t = Trainer()
total, first, second = t.score(x, [x * 3, x * 5])
print("first", round(first, 2), "second", round(second, 2))
