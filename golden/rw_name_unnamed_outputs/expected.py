import keras
from keras import layers

pixels = keras.Input(shape=(28, 28, 1), name="pixels")
x = layers.Flatten()(pixels)
x = layers.Dense(128, activation="relu")(x)
digit = layers.Dense(10, activation="softmax", name="digit")(x)
parity = layers.Dense(
    1,
    activation="sigmoid",
    name="parity",
)(x)

model = keras.Model(pixels, {"digit": digit, "parity": parity})
model.compile(
    optimizer="adam",
    loss={"digit": "sparse_categorical_crossentropy", "parity": "binary_crossentropy"},
)
stop = keras.callbacks.EarlyStopping(monitor="val_digit_loss", mode="min", patience=3)
model.fit(
    x_train,
    {"digit": y_digit, "parity": y_parity},
    validation_split=0.2,
    callbacks=[stop],
    epochs=30,
)
