# Probes: a metric FUNCTION called `loss` gives the log key <output>_loss, the same key as the
# per-output loss; naming unnamed heads must not merge or split keys differently.
import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


N = 4
x = np.full((N, 1), 1.0, "float32")
def loss(t, p):
    return 100.0 + 10.0 * t + p


inp = keras.Input(shape=(1,), name="x")
aux = layers.Dense(1, kernel_initializer="ones")(inp)
score = layers.Dense(1, kernel_initializer="ones")(inp)
model = keras.Model(inp, [aux, score])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q], metrics=[[loss], []])
logs = model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0, return_dict=True)
print(sorted(round(v, 2) for v in logs.values()))
