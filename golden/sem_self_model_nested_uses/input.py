# The model stored on `self` is used inside a comprehension and a nested function of a
# method, and a method that runs before it is built never touches it.
import keras
import numpy as np
from keras import layers


class Pipeline:
    def __init__(self):
        self.ready = False

    def build(self):
        a = keras.Input(shape=(2,), name="a")
        b = keras.Input(shape=(2,), name="b")
        joined = layers.concatenate([a, b])
        score = layers.Dense(1, name="score")(joined)
        label = layers.Dense(1, activation="sigmoid", name="label")(joined)
        self.model = keras.Model(inputs=[b, a], outputs=[score, label])
        self.model.compile(
            optimizer=keras.optimizers.SGD(0.05),
            loss=["mse", "binary_crossentropy"],
            metrics=[["mae"], ["accuracy"]],
        )
        self.ready = True

    def train(self, xa, xb, ys, yl):
        def one_epoch():
            return self.model.fit([xb, xa], [ys, yl], batch_size=4, verbose=0)

        logs = [one_epoch() for _ in range(2)]
        for entry in logs:
            print({k: round(v[0], 4) for k, v in sorted(entry.history.items())})

    def scores(self, xa, xb, scales_to_compare):
        outs = [
            self.model.predict([xb * scale, xa * scale], verbose=0)[0]
            for scale in scales_to_compare
        ]
        return [round(float(o.mean()), 4) for o in outs]


rng = np.random.default_rng(2)
xa = rng.normal(size=(8, 2)).astype("float32")
xb = rng.normal(size=(8, 2)).astype("float32")
ys = rng.normal(size=(8, 1)).astype("float32")
yl = (rng.random(size=(8, 1)) > 0.5).astype("float32")
p = Pipeline()
p.build()
p.train(xa, xb, ys, yl)
print("scores:", p.scores(xa, xb, [1.0, 2.0]))
