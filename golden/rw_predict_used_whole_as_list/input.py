import keras
import numpy as np
from keras import layers

from plots import plot

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, [age, gender])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(x_train, [y_age, y_gender], epochs=3)

preds = model.predict(x_test)
plot(preds)
for p in preds:
    print(p.shape)
stacked = np.concatenate(preds, axis=-1)
