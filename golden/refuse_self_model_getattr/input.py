# The file reads an attribute by a name given at run time, which may be `.model`.
import keras
from keras import layers


class Trainer:
    def __init__(self, width):
        inp = keras.Input(shape=(width,), name="features")
        age = layers.Dense(1, name="age")(inp)
        gender = layers.Dense(1, activation="sigmoid", name="gender")(inp)
        self.model = keras.Model(inp, [age, gender])
        self.model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])

    def train(self, x, y_age, y_gender):
        self.model.fit(x, [y_age, y_gender], epochs=5)


def show(obj, name):
    print(getattr(obj, name))
