# Probes the `self._model = None` placeholder behind a lazy `@property` (a decorated method
# reads and builds it), the common cached-model idiom.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")


class Trainer:
    def __init__(self):
        self._model = None

    def _build(self):
        inp = keras.Input(shape=(1,), name="x")
        zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
        alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
        self._model = keras.Model(inp, [zeta, alpha])
        self._model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])

    @property
    def model(self):
        if self._model is None:
            self._build()
        return self._model


t = Trainer()
print(t.model.evaluate(x, [x * 3, x * 5], verbose=0))
