# The model stored on `self` is passed to a function: not followed there.
import keras
from keras import layers


def train(m, x, y):
    m.fit(x, y)


class Trainer:
    def __init__(self, width):
        inp = keras.Input(shape=(width,), name="features")
        age = layers.Dense(1, name="age")(inp)
        gender = layers.Dense(1, activation="sigmoid", name="gender")(inp)
        self.model = keras.Model(inp, [age, gender])
        self.model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])

    def run(self, x, ya, yg):
        train(self.model, x, [ya, yg])
