# The model module: build_a has two outputs (zeta, beta), build_b one.
import keras
from keras import layers


def build_a():
    inp = keras.Input(shape=(1,), name="x")
    zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
    beta = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="beta")(inp)
    return keras.Model(inp, [zeta, beta])


def build_b():
    inp = keras.Input(shape=(1,), name="x")
    return keras.Model(inp, layers.Dense(1, name="single")(inp))
