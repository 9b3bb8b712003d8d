# A callback holds a two-output probe model of its own on `self` (not `self.model`, which
# Keras sets) and predicts with it at the end of each epoch of another model's training.
import keras
import numpy as np
from keras import layers


class Probe(keras.callbacks.Callback):
    def __init__(self, x):
        super().__init__()
        inp = keras.Input(shape=(3,), name="inp")
        first = layers.Dense(2, kernel_initializer="ones", name="first")(inp)
        second = layers.Dense(1, kernel_initializer="ones", name="second")(inp)
        self.probe = keras.Model(inp, [second, first])
        self.x = x

    def on_epoch_end(self, epoch, logs=None):
        second, first = self.probe.predict(self.x, verbose=0)
        print(epoch, round(float(second.sum()), 4), round(float(first.sum()), 4))


rng = np.random.default_rng(3)
x = rng.normal(size=(8, 3)).astype("float32")
inp = keras.Input(shape=(3,))
out = layers.Dense(1)(inp)
model = keras.Model(inp, out)
model.compile(optimizer="sgd", loss="mse")
model.fit(x, x[:, :1], epochs=2, verbose=0, callbacks=[Probe(x)])
