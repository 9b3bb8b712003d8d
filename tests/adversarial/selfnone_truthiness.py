# Probes the `self.model = None` placeholder: reads of it that are not `is None` -- truthiness
# (`if not self.model`), `== None`, and a conditional expression -- then a reset.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")


class Trainer:
    def __init__(self):
        self.model = None

    def build(self):
        inp = keras.Input(shape=(1,), name="x")
        zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
        alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
        self.model = keras.Model(inp, [zeta, alpha])
        self.model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])

    def run(self):
        if not self.model:
            self.build()
        print("equal None:", self.model == None)  # noqa: E711
        print("built:", "yes" if self.model else "no")
        logs = self.model.evaluate(x, [x * 3, x * 5], verbose=0, return_dict=True)
        print(sorted((k, round(v, 3)) for k, v in logs.items()))

    def reset(self):
        self.model = None
        return bool(self.model)


t = Trainer()
t.run()
print("after reset:", t.reset())
