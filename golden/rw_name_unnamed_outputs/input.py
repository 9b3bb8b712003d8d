import keras
from keras import layers

pixels = keras.Input(shape=(28, 28, 1), name="pixels")
x = layers.Flatten()(pixels)
x = layers.Dense(128, activation="relu")(x)
digit = layers.Dense(10, activation="softmax")(x)
parity = layers.Dense(
    1,
    activation="sigmoid",
)(x)

model = keras.Model(pixels, [digit, parity])
model.compile(optimizer="adam", loss=["sparse_categorical_crossentropy", "binary_crossentropy"])
stop = keras.callbacks.EarlyStopping(monitor="val_dense_1_loss", mode="min", patience=3)
model.fit(x_train, [y_digit, y_parity], validation_split=0.2, callbacks=[stop], epochs=30)
