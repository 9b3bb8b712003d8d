# A notebook-style file defines a learning-rate callback that keeps and restores the weights
# by position, but never makes one: nothing passes it to a model, so it cannot meet the dict
# model, and the model migrates.
import keras
from keras import layers


class Restarts(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        self.best = self.model.get_weights()

    def on_train_end(self, logs=None):
        self.model.set_weights(self.best)


scan = keras.Input(shape=(8,), name="scan")
hidden = layers.Dense(16, activation="relu")(scan)
size = layers.Dense(1, name="size")(hidden)
age = layers.Dense(1, name="age")(hidden)
model = keras.Model(scan, {"size": size, "age": age})
model.compile(optimizer="adam", loss={"size": "mse", "age": "mae"})
model.fit(
    x_train,
    {"size": y_size, "age": y_age},
    epochs=3,
    callbacks=[keras.callbacks.EarlyStopping()],
)
