# HeadReport derives from a project base class (itself a Keras callback), not from Keras
# directly; it still evaluates the model with list labels.
import keras
import numpy as np
from keras import layers


class ProjectCallback(keras.callbacks.Callback):
    def log(self, value):
        print("[project]", value)


class HeadReport(ProjectCallback):
    def on_epoch_end(self, epoch, logs=None):
        self.log(self.model.evaluate(X, [Y_PRICE, Y_CHURN], verbose=0))


X = np.ones((8, 4))
Y_PRICE, Y_CHURN = np.ones((8, 1)), np.zeros((8, 1))
features = keras.Input(shape=(4,), name="features")
h = layers.Dense(8, activation="relu")(features)
price = layers.Dense(1, name="price")(h)
churn = layers.Dense(1, activation="sigmoid", name="churn")(h)
model = keras.Model(features, [price, churn])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(X, [Y_PRICE, Y_CHURN], epochs=1, verbose=0, callbacks=[HeadReport()])
