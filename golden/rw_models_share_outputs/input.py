import keras
from keras import layers

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1)(h)
gender = layers.Dense(1, activation="sigmoid")(h)
smoker = layers.Dense(1, activation="sigmoid", name="smoker")(h)

full = keras.Model(inp, [age, gender, smoker])
full.compile(optimizer="adam", loss=["mse", "binary_crossentropy", "binary_crossentropy"])
full.fit(x_train, [y_age, y_gender, y_smoker], epochs=3)

# A two-head view for reporting, built on the same output layers.
report = keras.Model(inp, [age, gender])
for head in report.predict(x_test):
    print(head.mean())
