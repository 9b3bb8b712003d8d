# Probes: a method returns the predictions of a model on self; the caller reads them by position.
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
        beta = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="beta")(inp)
        self.model = keras.Model(inp, [zeta, beta])
        self.model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])

    def run(self, data):
        self.model.fit(data, [data * 3, data * 5], batch_size=N, verbose=0)
        return self.model.predict(data, verbose=0)


t = Trainer()
preds = t.run(x)
print(np.round(preds[0], 3).tolist(), np.round(preds[1], 3).tolist())
