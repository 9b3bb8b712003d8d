# Probes the `self.model = None` placeholder with only `is None` / `is not None` reads: the
# placeholder in __init__, a lazy build, predictions read by position, a reset and rebuild.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")


class Trainer:
    def __init__(self):
        self.model = None
        self.builds = 0

    def build(self):
        self.builds += 1
        inp = keras.Input(shape=(1,), name="x")
        zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
        alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
        self.model = keras.Model(inp, [zeta, alpha])
        self.model.compile(
            optimizer=keras.optimizers.SGD(learning_rate=0.1), loss=["mse", "mae"], loss_weights=[1.0, 2.0]
        )

    def step(self):
        if self.model is None:
            self.build()
        hist = self.model.fit(x, [x * 3, x * 5], batch_size=N, verbose=0)
        a, b = self.model.predict(x, verbose=0)
        print(sorted((k, [round(v, 3) for v in vs]) for k, vs in hist.history.items()))
        print(round(float(a.mean()), 3), round(float(b.mean()), 3), self.model is not None)

    def reset(self):
        self.model = None


t = Trainer()
t.step()
t.reset()
t.step()
print("builds:", t.builds)
