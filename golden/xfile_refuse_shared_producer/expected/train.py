import keras
from keras import layers


def batches(steps):
    for _ in range(steps):
        yield x_batch(), (age_batch(), gender_batch())


inp = keras.Input(shape=(8,), name="features")
age = layers.Dense(1, name="age")(inp)
gender = layers.Dense(1, activation="sigmoid", name="gender")(inp)
model = keras.Model(inp, [age, gender])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(batches(100), epochs=3)
