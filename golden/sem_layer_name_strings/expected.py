"""Strings that spell automatic layer names and log keys follow the renamed layers."""

import keras
import numpy as np
from keras import layers

keras.utils.set_random_seed(0)
x = np.linspace(0.0, 1.0, 64, dtype="float32").reshape(16, 4)
y_age = x.sum(axis=1, keepdims=True)
y_gender = (x[:, :1] > 0.5).astype("float32")

inp = keras.Input(shape=(4,), name="features")
h = layers.Dense(8, activation="relu", kernel_initializer="ones")(inp)
age = layers.Dense(1, kernel_initializer="ones", name="age")(h)
gender = layers.Dense(
    1, activation="sigmoid", kernel_initializer="zeros", name="gender"
)(h)
probe = layers.Dense(2, kernel_initializer="ones")(h)
model = keras.Model(inp, {"age": age, "gender": gender})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.01),
    loss={"age": "mse", "gender": "binary_crossentropy"},
    metrics={"age": ["mae"], "gender": ["accuracy"]},
)
stop = keras.callbacks.EarlyStopping(
    monitor="val_age_loss", patience=1, mode="min", restore_best_weights=True
)
history = model.fit(
    x,
    {"age": y_age, "gender": y_gender},
    validation_split=0.25,
    epochs=3,
    verbose=0,
    callbacks=[stop],
)
print(round(float(history.history["val_age_loss"][-1]), 4))
print(round(float(history.history["gender_accuracy"][0]), 4))
print(model.get_layer("age").units, model.get_layer("gender").activation.__name__)
print(model.get_layer("dense").units)
