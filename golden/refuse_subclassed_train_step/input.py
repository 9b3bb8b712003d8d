import keras
from keras import layers


class TwinHeads(keras.Model):
    """Unpacks (y_age, y_gender) itself: its callers must keep passing a tuple."""

    def train_step(self, data):
        x, (y_age, y_gender) = data
        return super().train_step((x, [y_age, y_gender]))


inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, name="gender")(h)
model = TwinHeads(inp, [age, gender])
model.compile(optimizer="adam", loss=["mse", "mse"])
model.fit(x_train, (y_age, y_gender), epochs=3)
