"""The builder compiles and returns its variable; a second function hands that model on, and
the other file calls both: the model reaches code through `build_default()` the tool cannot
follow, so neither file changes."""

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


def build_default():
    net = build_model()
    return net
