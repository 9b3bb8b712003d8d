"""A LambdaCallback reads each epoch's logs by key only: whatever order Keras logs them in,
it prints the same values, so the model migrates."""

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
show = keras.callbacks.LambdaCallback(on_epoch_end=lambda epoch, logs: print(round(logs["loss"], 3)))
model.fit(x, [y_zeta, y_alpha], batch_size=N, verbose=0, callbacks=[show])
