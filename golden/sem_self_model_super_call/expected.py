# An old-style `super(Trainer, self).__init__()` names the class, and `self.model` is read
# for harmless attributes (`summary`, `count_params`) besides training.
import keras
import numpy as np
from keras import layers


class Trainer(object):
    def __init__(self):
        super(Trainer, self).__init__()
        x_in = keras.Input(shape=(2,), name="x_in")
        u = layers.Dense(1, name="u")(x_in)
        v = layers.Dense(1, name="v")(x_in)
        self.model = keras.Model(x_in, {"v": v, "u": u})
        self.model.compile(
            optimizer=keras.optimizers.SGD(0.1),
            loss={"v": "mse", "u": "mse"},
            loss_weights={"v": 0.25, "u": 1.0},
        )
        print("params:", self.model.count_params())

    def fit_and_report(self, x, yv, yu):
        history = self.model.fit(
            x, {"v": yv, "u": yu}, epochs=2, batch_size=8, verbose=0
        )
        print("loss:", [round(v, 4) for v in history.history["loss"]])
        results = self.model.evaluate(
            x, {"v": yv, "u": yu}, verbose=0, return_dict=True
        )
        print("evaluate:", {k: round(r, 4) for k, r in sorted(results.items())})


rng = np.random.default_rng(4)
x = rng.normal(size=(8, 2)).astype("float32")
t = Trainer()
t.fit_and_report(x, x[:, :1] * 3, x[:, 1:] - 1)
