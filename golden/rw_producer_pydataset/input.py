import keras
from keras import layers


class AgeGenderSequence(keras.utils.PyDataset):
    def __len__(self):
        return 100

    def __getitem__(self, index):
        x, y_age, y_gender = read_shard(index)
        return x, (y_age, y_gender)


inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, [age, gender])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(x=AgeGenderSequence(), epochs=3)
