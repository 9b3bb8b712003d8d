# Probes: a method of a class holding a model on self takes its labels from a default argument.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p

LABELS = [x * 3, x * 5]


class Trainer:
    def __init__(self):
        inp = keras.Input(shape=(1,), name="x")
        zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
        beta = layers.Dense(1, kernel_initializer="ones", name="beta")(inp)
        self.model = keras.Model(inp, [zeta, beta])
        self.model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])

    def score(self, data, labels=LABELS):
        out = self.model.evaluate(data, labels, batch_size=N, verbose=0, return_dict=True)
        return out["zeta_loss"], out["beta_loss"]


first, second = Trainer().score(x)
print("first", round(first, 2), "second", round(second, 2))
