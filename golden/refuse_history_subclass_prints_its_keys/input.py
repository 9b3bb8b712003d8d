"""A `History` subclass prints its own `self.history` at the end of training: Keras fills
that dict from the logs, so its keys follow the order Keras 2 logs them in (output order
with list outputs, sorted-key order with dict outputs), and the printed line would change."""

import keras
import numpy as np
from keras import layers


class Recorder(keras.callbacks.History):
    def __init__(self):
        super().__init__()
        self.history = {}

    def on_train_end(self, logs=None):
        print(list(self.history))


N = 8
x = np.full((N, 2), 1.0, "float32")
inp = keras.Input(shape=(2,), name="inp")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="zeros", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
model.fit(x, [x[:, :1], x[:, 1:]], batch_size=N, verbose=0, callbacks=[Recorder()])
