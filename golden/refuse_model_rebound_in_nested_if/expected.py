"""`model` is bound again in both arms of an inner if/else that sits in an outer `if` with
no `else`: when the outer test fails, the first model reaches the later fit."""

import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


N = 8
x = np.full((N, 2), 1.0, "float32")
y_price = np.full((N, 1), 3.0, "float32")
y_volume = np.full((N, 1), 5.0, "float32")
REBUILD = len(x) > 100
WIDE = len(x) > 4

inp = keras.Input(shape=(2,), name="inp")
price = layers.Dense(1, kernel_initializer="ones", name="price")(inp)
volume = layers.Dense(1, kernel_initializer="zeros", name="volume")(inp)
model = keras.Model(inputs=inp, outputs=[volume, price])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])

if REBUILD:
    if WIDE:
        model = keras.Sequential([keras.Input(shape=(2,)), layers.Dense(1)])
    else:
        model = keras.Sequential([keras.Input(shape=(2,)), layers.Dense(2)])
print(sorted(model.fit(x, [y_volume, y_price], batch_size=N, verbose=0).history.items()))
print(model.evaluate(x, [y_volume, y_price], verbose=0))
