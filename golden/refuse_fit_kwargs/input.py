import keras
from keras import layers

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, [age, gender])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])

fit_kwargs = {"epochs": 10, "batch_size": 64, "sample_weight": [w_age, w_gender]}
model.fit(x_train, [y_age, y_gender], **fit_kwargs)
