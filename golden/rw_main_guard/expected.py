import keras
from keras import layers

left_eye = keras.Input(shape=(36, 60, 1), name="left_eye")
right_eye = keras.Input(shape=(36, 60, 1), name="right_eye")
conv = layers.Conv2D(8, 3, activation="relu")
pool = layers.GlobalAveragePooling2D()
h = layers.concatenate([pool(conv(left_eye)), pool(conv(right_eye))])
pitch = layers.Dense(1, name="pitch")(h)
yaw = layers.Dense(1, name="yaw")(h)
model = keras.Model(
    {"left_eye": left_eye, "right_eye": right_eye}, {"pitch": pitch, "yaw": yaw}
)

if __name__ == "__main__":
    model.compile(optimizer="adam", loss={"pitch": "mse", "yaw": "mse"})
    model.fit(
        {"left_eye": train_left, "right_eye": train_right},
        {"pitch": train_pitch, "yaw": train_yaw},
        epochs=25,
    )
    model.save_weights("gaze.weights.h5")
