import keras
from keras import layers


def build_model():
    a = keras.Input(shape=(3,), name="a")
    b = keras.Input(shape=(2,), name="b")
    h = layers.concatenate([a, b])
    zeta = layers.Dense(1, name="zeta")(h)
    alpha = layers.Dense(1, name="alpha")(h)
    return keras.Model(inputs=[a, b], outputs=[zeta, alpha])
