# A lambda's own `self` parameter is any object: its `.model` is not followed.
import keras
from keras import layers


class Trainer:
    def __init__(self, width):
        inp = keras.Input(shape=(width,), name="features")
        age = layers.Dense(1, name="age")(inp)
        gender = layers.Dense(1, activation="sigmoid", name="gender")(inp)
        self.model = keras.Model(inp, [age, gender])
        self.model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
        self.fitter = lambda self, x, y: self.model.fit(x, y)
