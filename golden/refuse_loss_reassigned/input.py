# LOSS is one loss on one path and a list on the other: not provably one loss.
import keras
import numpy as np
from keras import layers

import sys

LOSS = "mse"
if "--per-head" in sys.argv:
    LOSS = ["mse", "binary_crossentropy"]

features = keras.Input(shape=(4,), name="features")
h = layers.Dense(8, activation="relu")(features)
price = layers.Dense(1, name="price")(h)
churn = layers.Dense(1, activation="sigmoid", name="churn")(h)
model = keras.Model(features, [price, churn])
model.compile(optimizer="adam", loss=LOSS)
model.fit(np.ones((8, 4)), [np.ones((8, 1)), np.zeros((8, 1))], verbose=0)
