import keras
from keras import layers


def make_decoder():
    return keras.Sequential([layers.Dense(8), layers.Dense(4)])
