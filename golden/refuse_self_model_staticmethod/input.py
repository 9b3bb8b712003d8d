# A static method reaches `.model` on its argument, which may be any object.
import keras
from keras import layers


class Trainer:
    def __init__(self, width):
        inp = keras.Input(shape=(width,), name="features")
        age = layers.Dense(1, name="age")(inp)
        gender = layers.Dense(1, activation="sigmoid", name="gender")(inp)
        self.model = keras.Model(inp, [age, gender])
        self.model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])

    @staticmethod
    def fit_other(t, x, ya, yg):
        t.model.fit(x, [ya, yg])
