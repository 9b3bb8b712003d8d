# Probes both new rules together: a `self.model = None` placeholder built lazily, compiled
# with one binary loss and a weights list, per-output `accuracy` metrics, trained with fit.
import keras
import numpy as np
from keras import layers

N = 8
x = np.linspace(-1.0, 1.0, N).reshape(N, 1).astype("float32")
y1 = (x > 0).astype("float32")
y2 = (x < 0.5).astype("float32")


class Trainer:
    def __init__(self):
        self.model = None

    def build(self):
        inp = keras.Input(shape=(1,), name="x")
        zeta = layers.Dense(1, activation="sigmoid", kernel_initializer="ones", name="zeta")(inp)
        alpha = layers.Dense(1, activation="sigmoid", kernel_initializer="zeros", name="alpha")(inp)
        self.model = keras.Model(inp, [zeta, alpha])
        self.model.compile(
            optimizer=keras.optimizers.SGD(learning_rate=0.1),
            loss="binary_crossentropy",
            loss_weights=[0.5, 2.0],
            metrics=[["accuracy"], ["accuracy"]],
        )

    def train(self):
        if self.model is None:
            self.build()
        hist = self.model.fit(x, [y1, y2], epochs=2, batch_size=N, verbose=0)
        print(sorted((k, [round(v, 4) for v in vs]) for k, vs in hist.history.items()))

    def reset(self):
        self.model = None
        return self.model is None


t = Trainer()
t.train()
print(t.reset())
