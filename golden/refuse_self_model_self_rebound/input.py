# The method rebinds `self`: its `self.model` may be another object's.
import keras
from keras import layers


class Trainer:
    def __init__(self, width):
        inp = keras.Input(shape=(width,), name="features")
        age = layers.Dense(1, name="age")(inp)
        gender = layers.Dense(1, activation="sigmoid", name="gender")(inp)
        self.model = keras.Model(inp, [age, gender])
        self.model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])

    def train(self, other, x, ya, yg):
        if other is not None:
            self = other
        self.model.fit(x, [ya, yg])
