# Probes the `self.model = None` placeholder in a chained assignment that also binds another
# attribute (`self.model = self.best = None`), which later holds the model (an alias).
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")


class Trainer:
    def __init__(self):
        self.model = self.best = None

    def build(self):
        inp = keras.Input(shape=(1,), name="x")
        zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
        alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
        self.model = keras.Model(inp, [zeta, alpha])
        self.model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
        self.best = self.model

    def run(self):
        self.build()
        print(self.best.evaluate(x, [x * 3, x * 5], verbose=0))


Trainer().run()
