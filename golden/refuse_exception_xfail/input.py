# An xfail test passes when its body raises: the rewrite could make it XPASS.
import keras
import numpy as np
from keras import layers
import pytest


@pytest.mark.xfail(raises=ValueError, strict=True)
def test_metrics_per_output():
    features = keras.Input(shape=(4,), name="features")
    h = layers.Dense(8, activation="relu")(features)
    price = layers.Dense(1, name="price")(h)
    churn = layers.Dense(1, activation="sigmoid", name="churn")(h)
    model = keras.Model(features, [price, churn])
    model.compile(optimizer="adam", loss="mse", metrics=["mae"])
    model.fit(np.ones((8, 4)), [np.ones((8, 1)), np.zeros((8, 1))], verbose=0)
