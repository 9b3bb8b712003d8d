# The helper rebinds its parameter `x`, but a branch after the named layer may rebind it
# again to an unnamed one: which layer the call returns depends on `deep`.
import keras
from keras import layers


def score_head(x, deep):
    x = layers.Dense(8, activation="relu")(x)
    x = layers.Dense(1, name="score")(x)
    if deep:
        x = layers.Dense(1)(x)
    return x


def kind_head(x):
    x = layers.Dense(3, activation="softmax", name="kind")(x)
    return x


image = keras.Input(shape=(16,), name="image")
score = score_head(image, deep=True)
kind = kind_head(image)
model = keras.Model(image, [score, kind])
model.compile(optimizer="adam", loss=["mse", "categorical_crossentropy"])
model.fit(x_train, [y_score, y_kind], epochs=3)
