import keras
from keras import layers

from config import load_config


def build_losses(cfg):
    return [cfg["age_loss"], cfg["gender_loss"]]


cfg = load_config("experiment.yaml")
my_losses = build_losses(cfg)

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, [age, gender])
model.compile(optimizer="adam", loss=my_losses, loss_weights=cfg["loss_weights"])
model.fit(x_train, [y_age, y_gender], epochs=cfg["epochs"])
