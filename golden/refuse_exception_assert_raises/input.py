# unittest's assertRaisesRegex around fit: the expected error may not happen after the rewrite.
import unittest

import keras
import numpy as np
from keras import layers


class HeadsTest(unittest.TestCase):
    def test_wrong_labels(self):
        X = np.ones((8, 4))
        features = keras.Input(shape=(4,), name="features")
        h = layers.Dense(8, activation="relu")(features)
        price = layers.Dense(1, name="price")(h)
        churn = layers.Dense(1, activation="sigmoid", name="churn")(h)
        model = keras.Model(features, [price, churn])
        model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
        with self.assertRaisesRegex(ValueError, "structure"):
            model.fit(X, [np.ones((8, 1)), np.zeros((8, 1))], verbose=0)
