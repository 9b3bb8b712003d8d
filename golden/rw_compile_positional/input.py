import keras
from keras import layers

mel = keras.Input(shape=(128, 64), name="mel")
x = layers.GRU(64)(mel)
pitch = layers.Dense(1, name="pitch")(x)
voiced = layers.Dense(1, activation="sigmoid", name="voiced")(x)

model = keras.Model(mel, [pitch, voiced])
model.compile("adam", ["mse", "binary_crossentropy"])
model.fit(train_mel, [train_pitch, train_voiced], epochs=7)
