# A notebook-style file defines a learning-rate callback that keeps its own `self.history`
# dict, fed from the logs in their order, but never makes one: Keras never fills that
# attribute (it is not a training history), nothing passes the callback to a model, so the
# model migrates.
import keras
from keras import layers


class CyclicLR(keras.callbacks.Callback):
    def __init__(self, low, high):
        super().__init__()
        self.low, self.high = low, high
        self.history = {}

    def on_batch_end(self, batch, logs=None):
        logs = logs or {}
        for key, value in logs.items():
            self.history.setdefault(key, []).append(value)

    def plot(self):
        for key in self.history:
            print(key, self.history[key][-1])


scan = keras.Input(shape=(8,), name="scan")
hidden = layers.Dense(16, activation="relu")(scan)
size = layers.Dense(1, name="size")(hidden)
age = layers.Dense(1, name="age")(hidden)
model = keras.Model(scan, [size, age])
model.compile(optimizer="adam", loss=["mse", "mae"])
model.fit(x_train, [y_size, y_age], epochs=3, callbacks=[keras.callbacks.EarlyStopping()])
