# Keras 2's evaluate_generator gives its results as a list only (it has no return_dict), so
# they cannot be read by key once the outputs are a dict, whose losses list in sorted order.
import keras
from keras import layers


def batches():
    while True:
        yield x_batch, [y_size, y_age]


scan = keras.Input(shape=(30,), name="scan")
hidden = layers.Dense(12, activation="relu")(scan)
size = layers.Dense(1, name="size")(hidden)
age = layers.Dense(1, name="age")(hidden)
model = keras.Model(scan, [size, age])
model.compile(optimizer="adam", loss=["mse", "mae"])
model.fit_generator(batches(), steps_per_epoch=20, epochs=3)
total, size_loss, age_loss = model.evaluate_generator(batches(), steps=5)
