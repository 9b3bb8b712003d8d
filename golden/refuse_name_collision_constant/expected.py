import numpy as np
import keras
from keras import layers

AGE = "age"  # used as a layer name through a constant

inp = keras.Input(shape=(3,), name="inp")
h = layers.Dense(4, name=AGE)(inp)
age = layers.Dense(1)(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inputs=inp, outputs=[age, gender])
model.compile(loss=["mse", "binary_crossentropy"])
print(model.output_names)
