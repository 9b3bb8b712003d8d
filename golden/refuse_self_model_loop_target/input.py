# A `for` loop assigns `self.model` too.
import keras
from keras import layers


class Trainer:
    def __init__(self, width, models):
        inp = keras.Input(shape=(width,), name="features")
        age = layers.Dense(1, name="age")(inp)
        gender = layers.Dense(1, activation="sigmoid", name="gender")(inp)
        self.model = keras.Model(inp, [age, gender])
        for self.model in models:
            pass
