import keras
from keras import layers

# Shared head settings; the name lives in the dict, out of the tool's sight.
head_kwargs = {"activation": "sigmoid", "name": "gender_head"}

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, **head_kwargs)(h)
model = keras.Model(inp, [age, gender])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(x_train, [y_age, y_gender], epochs=3)
