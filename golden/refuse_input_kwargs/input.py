import keras
from keras import layers

INPUT_SPECS = {
    "image": {"shape": (64,), "name": "image_pixels"},
    "meta": {"shape": (3,), "name": "meta_fields"},
}

image = keras.Input(**INPUT_SPECS["image"])
meta = keras.Input(**INPUT_SPECS["meta"])
h = layers.concatenate([image, meta])
h = layers.Dense(16, activation="relu")(h)
label = layers.Dense(1, activation="sigmoid", name="label")(h)
model = keras.Model([image, meta], label)
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit([x_image, x_meta], y_label, epochs=5)
