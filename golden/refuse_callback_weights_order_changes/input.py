import keras
import numpy as np
from keras import layers


class Snapshot(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        np.save(f"snapshot_{epoch}.npy", np.array(self.model.get_weights(), dtype=object))


pixels = keras.Input(shape=(16,), name="pixels")
hidden = layers.Dense(8, activation="relu")(pixels)
zoom = layers.Dense(1, name="zoom")(hidden)
angle = layers.Dense(1, name="angle")(hidden)
model = keras.Model(pixels, [zoom, angle])
model.compile(optimizer="adam", loss=["mse", "mse"])
model.fit(x_train, [y_zoom, y_angle], epochs=3, callbacks=[Snapshot()])
