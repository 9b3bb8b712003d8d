import numpy as np
from tensorflow import keras
from tensorflow.keras import layers
from tensorflow.keras.preprocessing.image import ImageDataGenerator

inp = keras.Input(shape=(64, 64, 3), name="image")
h = layers.GlobalAveragePooling2D()(layers.Conv2D(8, 3, activation="relu")(inp))
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, [age, gender])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])

augment = ImageDataGenerator(rotation_range=10, horizontal_flip=True)


def two_heads(x, y_age, y_gender, batch_size=32):
    """ImageDataGenerator.flow takes one label array: flow both with the same seed."""
    ages = augment.flow(x, y_age, batch_size=batch_size, seed=7)
    genders = augment.flow(x, y_gender, batch_size=batch_size, seed=7)
    while True:
        images, age_batch = next(ages)
        _, gender_batch = next(genders)
        yield images, [age_batch, gender_batch]


model.fit(two_heads(x_train, age_train, gender_train), steps_per_epoch=100, epochs=5)
