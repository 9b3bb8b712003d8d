"""`list` is this file's own function here, not the builtin: what `list()` returns is not known
to be an empty list, so the inputs are not kept and the model is left alone."""

import keras
from keras import layers


def list():
    return [keras.Input(shape=(3,), name="extra")]


def build(widths):
    inputs = list()
    for width in widths:
        inputs.append(keras.Input(shape=(width,)))
    h = layers.Concatenate()(inputs)
    first = layers.Dense(1, name="first")(h)
    second = layers.Dense(1, name="second")(h)
    model = keras.Model(inputs, [first, second])
    model.compile(optimizer="adam", loss=["mse", "mae"])
    return model
