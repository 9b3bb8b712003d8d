import keras
from keras import layers


def make():
    a = keras.Input(shape=(3,), name="a")
    b = keras.Input(shape=(2,), name="b")
    h = layers.concatenate([a, b])
    zeta = layers.Dense(1, name="zeta", kernel_initializer="zeros")(h)
    alpha = layers.Dense(1, name="alpha", kernel_initializer="zeros")(h)
    return keras.Model(inputs=[a, b], outputs=[alpha, zeta])
