import keras
from keras import layers

# A pretrained model in the same file already has a layer named "age".
legacy_in = keras.Input(shape=(12,), name="legacy_features")
legacy_age = layers.Dense(1, name="age")(legacy_in)
legacy = keras.Model(legacy_in, legacy_age)

inp = keras.Input(shape=(12,), name="features")
h = layers.Dense(32, activation="relu")(inp)
age = layers.Dense(1)(h)
height = layers.Dense(1, name="height")(h)
model = keras.Model(inp, [age, height])
model.compile(optimizer="adam", loss=["mse", "mse"])
model.fit(x_train, [y_age, y_height], epochs=10)
