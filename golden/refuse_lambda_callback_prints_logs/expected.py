"""A LambdaCallback prints each epoch's logs: their keys come in the order Keras logs them,
output order with list outputs on Keras 2, sorted-key order with dict outputs."""

import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


N = 8
x = np.full((N, 2), 1.0, "float32")
y_zeta = np.full((N, 1), 3.0, "float32")
y_alpha = np.full((N, 1), 5.0, "float32")

inp = keras.Input(shape=(2,), name="inp")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="zeros", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
show = keras.callbacks.LambdaCallback(on_epoch_end=lambda epoch, logs: print(list(logs)))
model.fit(x, [y_zeta, y_alpha], batch_size=N, verbose=0, callbacks=[show])
