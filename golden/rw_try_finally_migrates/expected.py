# A try without an except handler catches nothing: the model migrates. So does a with
# statement that catches nothing (a null context here).
import contextlib

import keras
import numpy as np
from keras import layers

X = np.ones((8, 4))
features = keras.Input(shape=(4,), name="features")
h = layers.Dense(8, activation="relu")(features)
price = layers.Dense(1, name="price")(h)
churn = layers.Dense(1, activation="sigmoid", name="churn")(h)
model = keras.Model(features, {"price": price, "churn": churn})
model.compile(optimizer="adam", loss={"price": "mse", "churn": "binary_crossentropy"})
try:
    with contextlib.nullcontext():
        model.fit(X, {"price": np.ones((8, 1)), "churn": np.zeros((8, 1))}, verbose=0)
finally:
    print("done")
