import keras
from keras import layers


class AgeGender(keras.Model):
    """A functional model built inside a subclass: not a `keras.Model(...)` call."""

    def __init__(self, width=8):
        inp = keras.Input(shape=(width,), name="features")
        h = layers.Dense(16, activation="relu")(inp)
        age = layers.Dense(1)(h)
        gender = layers.Dense(1, activation="sigmoid")(h)
        super().__init__(inputs=inp, outputs=[age, gender])


model = AgeGender()
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(x_train, [y_age, y_gender], epochs=3)
