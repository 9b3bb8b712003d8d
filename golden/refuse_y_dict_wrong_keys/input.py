import keras
from keras import layers

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age_out")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender_out")(h)
model = keras.Model(inp, [age, gender])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
# Keyed by the variable names, not by the layer names.
model.fit(x_train, {"age": y_age, "gender": y_gender}, epochs=3)
