# Probes the `self.model = None` placeholder written in a function nested in a method (a
# closure over `self`), called after the model ran, then a rebuild through a new instance.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")


class Trainer:
    def __init__(self):
        inp = keras.Input(shape=(1,), name="x")
        zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
        alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
        self.model = keras.Model(inp, [zeta, alpha])
        self.model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])

    def run(self):
        def forget():
            self.model = None

        logs = self.model.evaluate(x, [x * 3, x * 5], verbose=0, return_dict=True)
        print(sorted((k, round(v, 3)) for k, v in logs.items()))
        forget()
        print(self.model is None)


Trainer().run()
Trainer().run()
