import keras
import numpy as np
from keras import layers

from plots import plot
import operator

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, {"age": age, "gender": gender})
model.compile(optimizer="adam", loss={"age": "mse", "gender": "binary_crossentropy"})
model.fit(x_train, {"age": y_age, "gender": y_gender}, epochs=3)

preds = list(operator.itemgetter("age", "gender")(model.predict(x_test)))
plot(preds)
for p in preds:
    print(p.shape)
stacked = np.concatenate(preds, axis=-1)
