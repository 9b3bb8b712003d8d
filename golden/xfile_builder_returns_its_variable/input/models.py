"""The builder binds the model to a variable, compiles it and returns it, as most do."""

import keras
from keras import layers


def build_model(hidden=16):
    features = keras.Input(shape=(8,), name="features")
    h = layers.Dense(hidden, activation="relu")(features)
    age = layers.Dense(1, name="age")(h)
    gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
    model = keras.Model(features, [age, gender])
    model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
    return model
