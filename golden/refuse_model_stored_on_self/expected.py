import keras
from keras import layers


class Trainer:
    def __init__(self, width):
        inp = keras.Input(shape=(width,), name="features")
        h = layers.Dense(16, activation="relu")(inp)
        age = layers.Dense(1, name="age")(h)
        gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
        self.model = keras.Model(inp, [age, gender])
        self.model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])

    def train(self, x, y_age, y_gender):
        self.model.fit(x, [y_age, y_gender], epochs=5)
