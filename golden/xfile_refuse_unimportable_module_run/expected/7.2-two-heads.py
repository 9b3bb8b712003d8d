# The same lesson file, but another file runs it by path and then calls its builder
# with lists: that file is reached, so nothing migrates.
import keras
from keras import layers


def build_model():
    a = keras.Input(shape=(4,), name="a")
    b = keras.Input(shape=(2,), name="b")
    h = layers.concatenate([a, b])
    price = layers.Dense(1, name="price")(h)
    volume = layers.Dense(1, name="volume")(h)
    return keras.Model(inputs=[a, b], outputs=[price, volume])
