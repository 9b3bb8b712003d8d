"""The model lives here; train.py and evaluate.py compile, fit and predict it."""

import keras
from keras import layers


def build_model(hidden=16):
    features = keras.Input(shape=(8,), name="features")
    h = layers.Dense(hidden, activation="relu")(features)
    age = layers.Dense(1, name="age")(h)
    gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
    return keras.Model(features, {"age": age, "gender": gender})
