# The class holding its model on `self` is imported by another file of the run, which may
# call its methods with lists, subclass it or read `.model`: the tool does not follow a
# model stored on `self` across files, so it is refused in both.
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
