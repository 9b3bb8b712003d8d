import keras
from keras import layers

inp = keras.Input(shape=(4,), name="inp")
age = layers.Dense(1, name="age")(inp)
gender = layers.Dense(1, activation="sigmoid", name="gender")(inp)
model = keras.Model(inp, [age, gender])
