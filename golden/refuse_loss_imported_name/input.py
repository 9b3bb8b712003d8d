# LOSSES and LOSS_WEIGHTS are imported names: the tool cannot see whether each is one loss
# or a list paired by position.
import keras
import numpy as np
from keras import layers

from experiment.config import LOSS_WEIGHTS, LOSSES

features = keras.Input(shape=(4,), name="features")
h = layers.Dense(8, activation="relu")(features)
price = layers.Dense(1, name="price")(h)
churn = layers.Dense(1, activation="sigmoid", name="churn")(h)
model = keras.Model(features, [price, churn])
model.compile(optimizer="adam", loss=LOSSES, loss_weights=LOSS_WEIGHTS)
model.fit(np.ones((8, 4)), [np.ones((8, 1)), np.zeros((8, 1))], verbose=0)
