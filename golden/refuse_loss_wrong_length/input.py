import keras
from keras import layers

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
smoker = layers.Dense(1, activation="sigmoid", name="smoker")(h)
model = keras.Model(inp, [age, gender, smoker])
# The smoker head was added later; its loss was forgotten.
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(x_train, [y_age, y_gender, y_smoker], epochs=3)
