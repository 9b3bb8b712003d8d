# `Trainer.train(Fake(), ...)` runs a method with another object as `self`, whose
# `.model` is another model (here a class attribute): the class must only be called.
import keras
from keras import layers


class Trainer:
    def __init__(self, width):
        inp = keras.Input(shape=(width,), name="features")
        age = layers.Dense(1, name="age")(inp)
        gender = layers.Dense(1, activation="sigmoid", name="gender")(inp)
        self.model = keras.Model(inp, [age, gender])
        self.model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])

    def train(self, x, ya, yg):
        self.model.fit(x, [ya, yg])


class Fake:
    model = None


Trainer.train(Fake(), None, None, None)
