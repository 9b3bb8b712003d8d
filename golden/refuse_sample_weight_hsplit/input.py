# np.hsplit returns a LIST of arrays: one weight array per output, paired by position. With
# dict outputs Keras would pair that list in sorted-key order (or raise), so the tool cannot
# take `w` as the single array that weighs every output.
import keras
import numpy as np
from keras import layers

features = keras.Input(shape=(4,), name="features")
h = layers.Dense(8, activation="relu")(features)
price = layers.Dense(1, name="price")(h)
churn = layers.Dense(1, activation="sigmoid", name="churn")(h)
model = keras.Model(features, [price, churn])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])

W = np.random.rand(8, 2)
w = np.hsplit(W, 2)
model.fit(np.ones((8, 4)), [np.ones((8, 1)), np.zeros((8, 1))], sample_weight=w, verbose=0)
