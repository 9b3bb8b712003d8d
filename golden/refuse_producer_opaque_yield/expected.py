import keras
from keras import layers


def batches(paths):
    for path in paths:
        yield load_batch(path)  # (x, (y_age, y_gender)), but built elsewhere


inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, [age, gender])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(batches(train_paths), steps_per_epoch=100, epochs=3)
