import keras
from keras import layers

face = keras.Input(shape=(96, 96, 3), name="face")
x = layers.Conv2D(32, 3, activation="relu")(face)
x = layers.GlobalAveragePooling2D()(x)
age = layers.Dense(1, name="age")(x)
gender = layers.Dense(1, activation="sigmoid", name="gender")(x)

model = keras.Model(inputs=face, outputs={"age": age, "gender": gender})
model.compile(
    optimizer="adam",
    loss={"age": "mae", "gender": "binary_crossentropy"},
    metrics={"age": ["mae"], "gender": ["accuracy"]},
)
model.fit(
    faces,
    {"age": ages, "gender": genders},
    epochs=10,
    validation_data=(val_faces, {"age": val_ages, "gender": val_genders}),
)
scores = model.evaluate(test_faces, {"age": test_ages, "gender": test_genders})
