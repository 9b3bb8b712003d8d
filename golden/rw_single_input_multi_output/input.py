import keras
from keras import layers

face = keras.Input(shape=(96, 96, 3), name="face")
x = layers.Conv2D(32, 3, activation="relu")(face)
x = layers.GlobalAveragePooling2D()(x)
age = layers.Dense(1, name="age")(x)
gender = layers.Dense(1, activation="sigmoid", name="gender")(x)

model = keras.Model(inputs=face, outputs=[age, gender])
model.compile(
    optimizer="adam",
    loss=["mae", "binary_crossentropy"],
    metrics=[["mae"], ["accuracy"]],
)
model.fit(faces, [ages, genders], epochs=10, validation_data=(val_faces, [val_ages, val_genders]))
scores = model.evaluate(test_faces, [test_ages, test_genders])
