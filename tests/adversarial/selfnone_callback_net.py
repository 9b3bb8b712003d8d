# Probes the `self.net = None` placeholder in a Keras Callback: the callback builds its own
# two-output model on train begin, predicts with it at each epoch end and resets it at the end.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")


class Probe(keras.callbacks.Callback):
    def __init__(self):
        super().__init__()
        self.net = None
        self.seen = []

    def on_train_begin(self, logs=None):
        if self.net is None:
            inp = keras.Input(shape=(1,), name="px")
            zeta = layers.Dense(1, kernel_initializer="ones", name="pzeta")(inp)
            alpha = layers.Dense(1, kernel_initializer="zeros", name="palpha")(inp)
            self.net = keras.Model(inp, [zeta, alpha])

    def on_epoch_end(self, epoch, logs=None):
        a, b = self.net.predict(x, verbose=0)
        self.seen.append((float(a.mean()), float(b.mean())))

    def on_train_end(self, logs=None):
        self.net = None


inp = keras.Input(shape=(1,), name="x")
out = layers.Dense(1, kernel_initializer="ones", name="out")(inp)
main = keras.Model(inp, out)
main.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mse")
probe = Probe()
main.fit(x, x * 2, epochs=2, batch_size=N, verbose=0, callbacks=[probe])
print(probe.seen)
