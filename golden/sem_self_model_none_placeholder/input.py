# A multi-task wrapper declares its model in `__init__` (`self.model = None`) and builds it
# later, as GAN and seq2seq classes often do; `is None` checks build it on first use.
import keras
import numpy as np
from keras import layers


class MultiTask:
    def __init__(self, width):
        self.width = width
        self.model = None

    def build(self):
        features = keras.Input(shape=(self.width,), name="features")
        extra = keras.Input(shape=(1,), name="extra")
        h = layers.Dense(8, activation="relu", name="hidden")(features)
        h = layers.concatenate([h, extra], name="joined")
        score = layers.Dense(1, name="score")(h)
        flag = layers.Dense(1, activation="sigmoid", name="flag")(h)
        self.model = keras.Model([features, extra], [score, flag])
        self.model.compile(
            optimizer=keras.optimizers.SGD(learning_rate=0.01),
            loss=["mse", "binary_crossentropy"],
            loss_weights=[0.5, 1.0],
        )

    def train(self, x, extra, y_score, y_flag):
        if self.model is None:
            self.build()
        history = self.model.fit([x, extra], [y_score, y_flag], epochs=2, batch_size=8, verbose=0)
        print("loss:", [round(v, 4) for v in history.history["loss"]])

    def guess(self, x, extra):
        score, flag = self.model.predict([x, extra], verbose=0)
        print("means:", round(float(score.mean()), 4), round(float(flag.mean()), 4))

    def forget(self):
        self.model = None
        return self.model is None


rng = np.random.default_rng(0)
x = rng.normal(size=(16, 3)).astype("float32")
extra = rng.normal(size=(16, 1)).astype("float32")
y_score = rng.normal(size=(16, 1)).astype("float32")
y_flag = (rng.random(size=(16, 1)) > 0.5).astype("float32")

task = MultiTask(3)
task.train(x, extra, y_score, y_flag)
task.guess(x, extra)
print("forgotten:", task.forget())
