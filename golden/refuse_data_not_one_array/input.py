# Data whose structure the tool cannot see: each call may return a list (or a tuple) of
# arrays, which would be paired with dict outputs in sorted-key order.
import keras
import numpy as np
from keras import layers

from pipeline import load_labels, make_inputs

a = keras.Input(shape=(4,), name="a")
b = keras.Input(shape=(4,), name="b")
h = layers.concatenate([a, b])
price = layers.Dense(1, name="price")(h)
churn = layers.Dense(1, activation="sigmoid", name="churn")(h)
model = keras.Model([a, b], [price, churn])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])

X = np.ones((8, 4))
Y = np.ones((8, 2))
data = {"labels": [Y[:, :1], Y[:, 1:]]}
model.fit([X, X], np.split(Y, 2, axis=1), verbose=0)
model.fit([X, X], list(load_labels()), verbose=0)
model.fit(make_inputs(), [Y[:, :1], Y[:, 1:]], verbose=0)
model.fit([X, X], data["labels"], verbose=0)
model.evaluate(tuple(make_inputs()), tuple(load_labels()), verbose=0)
model.fit([X, X], [Y[:, :1], Y[:, 1:]], sample_weight=np.array_split(np.ones(8), 2), verbose=0)
