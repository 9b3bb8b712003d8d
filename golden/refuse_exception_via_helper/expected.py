# The model's calls run in a helper that the test calls inside pytest.raises.
import keras
import numpy as np
from keras import layers
import pytest


def train():
    features = keras.Input(shape=(4,), name="features")
    h = layers.Dense(8, activation="relu")(features)
    price = layers.Dense(1, name="price")(h)
    churn = layers.Dense(1, activation="sigmoid", name="churn")(h)
    model = keras.Model(features, [price, churn])
    model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
    model.fit(np.ones((8, 4)), [np.ones((8, 1)), np.zeros((8, 1))], verbose=0)


def test_train_rejects_labels():
    with pytest.raises(ValueError):
        train()
