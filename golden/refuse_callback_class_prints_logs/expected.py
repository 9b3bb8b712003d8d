"""A callback class of this file prints each epoch's log keys: Keras 2 lists them in output
order with list outputs and in sorted-key order with dict outputs, so the printed line would
change. Reading them by key (`logs["loss"]`) would not."""

import keras
import numpy as np
from keras import layers


class ShowKeys(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        logs = logs or {}
        print(epoch, list(logs))


N = 8
x = np.full((N, 2), 1.0, "float32")
inp = keras.Input(shape=(2,), name="inp")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="zeros", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
model.fit(x, [x[:, :1], x[:, 1:]], batch_size=N, verbose=0, callbacks=[ShowKeys()])
