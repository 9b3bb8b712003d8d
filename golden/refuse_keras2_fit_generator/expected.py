import keras
from keras import layers


def batches():
    while True:
        yield x_batch, [y_left, y_right]


scan = keras.Input(shape=(30,), name="scan")
hidden = layers.Dense(12, activation="relu")(scan)
left = layers.Dense(1, name="left")(hidden)
right = layers.Dense(1, name="right")(hidden)
model = keras.Model(scan, [left, right])
model.compile(optimizer="adam", loss=["mse", "mse"])
model.fit_generator(batches(), steps_per_epoch=20, epochs=3)
