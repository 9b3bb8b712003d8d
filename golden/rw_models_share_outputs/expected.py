import keras
from keras import layers
import operator

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
smoker = layers.Dense(1, activation="sigmoid", name="smoker")(h)

full = keras.Model(inp, {"age": age, "gender": gender, "smoker": smoker})
full.compile(
    optimizer="adam",
    loss={
        "age": "mse",
        "gender": "binary_crossentropy",
        "smoker": "binary_crossentropy",
    },
)
full.fit(x_train, {"age": y_age, "gender": y_gender, "smoker": y_smoker}, epochs=3)

# A two-head view for reporting, built on the same output layers.
report = keras.Model(inp, {"age": age, "gender": gender})
for head in list(operator.itemgetter("age", "gender")(report.predict(x_test))):
    print(head.mean())
