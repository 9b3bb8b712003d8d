# Probes: the whole positional evaluate() list printed; unnamed heads get names, metrics move.
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
aux = layers.Dense(1, kernel_initializer="ones")(inp)
score = layers.Dense(1, kernel_initializer="ones")(inp)
model = keras.Model(inp, [aux, score])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q], metrics=[["mae"], ["mse"]]
)
print([round(v, 2) for v in model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0)])
