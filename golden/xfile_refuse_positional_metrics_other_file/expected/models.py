import keras
from keras import layers


def build_model():
    inp = keras.Input(shape=(3,), name="inp")
    age = layers.Dense(1)(inp)
    gender = layers.Dense(1)(inp)
    return keras.Model(inp, [age, gender])
