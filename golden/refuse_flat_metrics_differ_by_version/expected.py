import keras
from keras import layers

frame = keras.Input(shape=(120, 160, 1), name="frame")
x = layers.Conv2D(8, 3, activation="relu")(frame)
x = layers.Flatten()(x)
occupied = layers.Dense(1, activation="sigmoid", name="occupied")(x)
people = layers.Dense(1, activation="relu", name="people")(x)

model = keras.Model(frame, [occupied, people])
model.compile(optimizer="adam", loss=["binary_crossentropy", "mse"], metrics=["accuracy", "mae"])
model.fit(frames, [y_occupied, y_people], epochs=10)
