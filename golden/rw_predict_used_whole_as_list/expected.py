import keras
import numpy as np
from keras import layers

from plots import plot

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, {"age": age, "gender": gender})
model.compile(optimizer="adam", loss={"age": "mse", "gender": "binary_crossentropy"})
model.fit(x_train, {"age": y_age, "gender": y_gender}, epochs=3)

predictions = model.predict(x_test)
preds = [predictions["age"], predictions["gender"]]
plot(preds)
for p in preds:
    print(p.shape)
stacked = np.concatenate(preds, axis=-1)
