# fit_generator's 8th positional parameter is validation_freq in later Keras 2 releases and
# class_weight in earlier ones, so it must be passed by keyword. The refusal must not say the
# argument differs between Keras 2 and 3: Keras 3 has no fit_generator at all.
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
model.fit_generator(batches(), 20, 3, 1, None, None, None, 1)
