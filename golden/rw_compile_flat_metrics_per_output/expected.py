import keras
from keras import layers

frame = keras.Input(shape=(120, 160, 1), name="frame")
x = layers.Conv2D(8, 3, activation="relu")(frame)
x = layers.Flatten()(x)
occupied = layers.Dense(1, activation="sigmoid", name="occupied")(x)
people = layers.Dense(1, activation="relu", name="people")(x)

model = keras.Model(frame, {"occupied": occupied, "people": people})
model.compile(
    optimizer="adam",
    loss={"occupied": "binary_crossentropy", "people": "mse"},
    metrics={"occupied": "accuracy", "people": "mae"},
)
model.fit(frames, {"occupied": y_occupied, "people": y_people}, epochs=10)
