"""One Input per feature column, named after it: the model's log keys read like the data."""

import keras

COLUMNS = ("price", "volume")


def feature_input(column):
    return keras.Input(shape=(1,), name=column)
