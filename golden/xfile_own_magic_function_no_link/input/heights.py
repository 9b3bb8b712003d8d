import keras
from keras import layers

inp = keras.Input(shape=(4,), name="inp")
height = layers.Dense(1, name="height")(inp)
weight = layers.Dense(1, name="weight")(inp)
model = keras.Model(inp, [height, weight])
model.compile(optimizer="adam", loss=["mse", "mae"])
