# `m = self.model` hands the model to a name: refused, as `m = model` is.
import keras
from keras import layers


class Trainer:
    def __init__(self, width):
        inp = keras.Input(shape=(width,), name="features")
        age = layers.Dense(1, name="age")(inp)
        gender = layers.Dense(1, activation="sigmoid", name="gender")(inp)
        self.model = keras.Model(inp, [age, gender])

    def train(self, x, y_age, y_gender):
        m = self.model
        m.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
        m.fit(x, [y_age, y_gender], epochs=5)
