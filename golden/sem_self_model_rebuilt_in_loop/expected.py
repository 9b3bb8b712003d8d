# The one assignment of `self.model` runs in a loop, once per width: each pass builds a
# new model from the one constructor, and the methods use the last one.
import keras
import numpy as np
from keras import layers


class Sweep:
    def __init__(self, widths):
        for width in widths:
            inp = keras.Input(shape=(3,), name="inp")
            h = layers.Dense(width, kernel_initializer="ones", name="h")(inp)
            b = layers.Dense(1, kernel_initializer="ones", name="b")(h)
            a = layers.Dense(1, kernel_initializer="zeros", name="a")(h)
            self.model = keras.Model(inp, {"b": b, "a": a})
            self.model.compile(
                optimizer=keras.optimizers.SGD(0.001), loss={"b": "mse", "a": "mse"}
            )
            print("width", width, "params", self.model.count_params())

    def run(self, x, yb, ya):
        history = self.model.fit(
            x, {"b": yb, "a": ya}, epochs=2, batch_size=4, verbose=0
        )
        print({k: [round(v, 4) for v in vs] for k, vs in sorted(history.history.items())})
        predictions = self.model.predict(x, verbose=0)
        b, a = predictions["b"], predictions["a"]
        print(round(float(b.mean()), 4), round(float(a.mean()), 4))


rng = np.random.default_rng(5)
x = rng.normal(size=(8, 3)).astype("float32")
s = Sweep([2, 4])
s.run(x, x[:, :1], x[:, 1:2])
