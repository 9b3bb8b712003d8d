# Probes: a layer name with a double quote, read through a single-quoted f-string.
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
first = layers.Dense(1, kernel_initializer="ones", name="say\"hi\"")(inp)
second = layers.Dense(1, kernel_initializer="ones", name="two")(inp)
model = keras.Model(inp, [first, second])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
preds = model.predict(x, verbose=0)
print(f'first {preds[0][0][0]:.1f} second {preds[1][0][0]:.1f}')
