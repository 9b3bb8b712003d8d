import keras
from keras import layers


def build_other():
    inp = keras.Input(shape=(1,), name="x")
    zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
    alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
    return keras.Model(inp, [zeta, alpha])


model = build_other()
