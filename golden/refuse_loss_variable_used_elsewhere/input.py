import keras
from keras import layers

import wandb

LOSSES = ["mse", "binary_crossentropy"]

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, [age, gender])
model.compile(optimizer="adam", loss=LOSSES)
wandb.config.update({"losses": LOSSES})
model.fit(x_train, [y_age, y_gender], epochs=3)
