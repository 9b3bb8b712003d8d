# Probes the `self.model = None` placeholder in a second class of the module (its own
# `.model`, never a model): the follower must not take it as the first class's placeholder.
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
        print(self.model.evaluate(x, [x * 3, x * 5], verbose=0))


class Other:
    def __init__(self):
        self.model = None


Trainer().run()
print(Other().model)
