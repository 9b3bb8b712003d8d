import keras
from keras import layers


def batches(paths):
    for path in paths:
        x, y_age, y_gender = load_batch(path)
        yield x, {"age": y_age, "gender": y_gender}


inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, {"age": age, "gender": gender})
model.compile(optimizer="adam", loss={"age": "mse", "gender": "binary_crossentropy"})
model.fit(batches(train_paths), steps_per_epoch=100, epochs=3)
