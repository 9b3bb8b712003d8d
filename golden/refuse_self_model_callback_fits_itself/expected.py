# A callback holding its own model trains it with itself as the callback, where Keras sets
# `self.model` to that model: the callback guard refuses what it cannot see.
import keras
import numpy as np
from keras import layers


class SelfWatcher(keras.callbacks.Callback):
    def __init__(self):
        super().__init__()
        inp = keras.Input(shape=(3,), name="inp")
        b = layers.Dense(1, name="b")(inp)
        a = layers.Dense(1, name="a")(inp)
        self.net = keras.Model(inp, [b, a])
        self.net.compile(optimizer="sgd", loss=["mse", "mse"])

    def go(self, x, yb, ya):
        self.net.fit(x, [yb, ya], epochs=2, verbose=0, callbacks=[self])

    def on_epoch_end(self, epoch, logs=None):
        print(epoch, self.model.evaluate(np.ones((2, 3)), [np.ones((2, 1)), np.ones((2, 1))], verbose=0))
