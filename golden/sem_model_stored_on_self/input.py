# A training wrapper holds its model on `self`: built and compiled in `__init__`, trained,
# evaluated and used to predict in other methods. Every `self.model` is the model's use.
import keras
import numpy as np
from keras import layers


class Trainer:
    def __init__(self, width):
        features = keras.Input(shape=(width,), name="features")
        extra = keras.Input(shape=(1,), name="extra")
        h = layers.Dense(8, activation="relu", name="hidden")(features)
        h = layers.concatenate([h, extra], name="joined")
        age = layers.Dense(1, name="age")(h)
        gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
        self.model = keras.Model([features, extra], [gender, age])
        self.model.compile(
            optimizer=keras.optimizers.SGD(learning_rate=0.01),
            loss=["binary_crossentropy", "mse"],
            loss_weights=[1.0, 0.5],
            metrics=[["accuracy"], ["mae"]],
        )

    def train(self, x, extra, y_age, y_gender):
        history = self.model.fit(
            [x, extra], [y_gender, y_age], epochs=2, batch_size=8, verbose=0
        )
        print("loss per epoch:", [round(v, 4) for v in history.history["loss"]])

    def score(self, x, extra, y_age, y_gender):
        results = self.model.evaluate(
            [x, extra], [y_gender, y_age], batch_size=8, verbose=0, return_dict=True
        )
        print("evaluate:", {k: round(v, 4) for k, v in sorted(results.items())})

    def guess(self, x, extra):
        gender, age = self.model.predict([x, extra], verbose=0)
        print("gender mean:", round(float(gender.mean()), 4), "age mean:", round(float(age.mean()), 4))


rng = np.random.default_rng(0)
x = rng.normal(size=(16, 3)).astype("float32")
extra = rng.normal(size=(16, 1)).astype("float32")
y_age = rng.normal(size=(16, 1)).astype("float32")
y_gender = (rng.random(size=(16, 1)) > 0.5).astype("float32")

trainer = Trainer(3)
trainer.train(x, extra, y_age, y_gender)
trainer.score(x, extra, y_age, y_gender)
trainer.guess(x, extra)
