# The losses and their weights live in another module: settings.LOSSES may be a list, which
# on dict outputs Keras would pair in sorted-key order (churn's loss on price).
import keras
import numpy as np
from keras import layers

import settings

features = keras.Input(shape=(4,), name="features")
h = layers.Dense(8, activation="relu")(features)
price = layers.Dense(1, name="price")(h)
churn = layers.Dense(1, activation="sigmoid", name="churn")(h)
model = keras.Model(features, [price, churn])
model.compile(optimizer="adam", loss=settings.LOSSES, loss_weights=settings.LOSS_WEIGHTS)
model.fit(np.ones((8, 4)), [np.ones((8, 1)), np.zeros((8, 1))], verbose=0)
