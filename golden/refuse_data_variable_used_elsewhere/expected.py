import keras
import numpy as np
from keras import layers

image = keras.Input(shape=(32,), name="image")
meta = keras.Input(shape=(3,), name="meta")
h = layers.concatenate([image, meta])
h = layers.Dense(16, activation="relu")(h)
label = layers.Dense(1, activation="sigmoid", name="label")(h)
model = keras.Model([image, meta], label)
model.compile(optimizer="adam", loss="binary_crossentropy")

x_train = [x_image, x_meta]
model.fit(x_train, y_train, epochs=5)
print("samples:", len(x_train[0]))
np.save("inputs.npy", np.concatenate(x_train, axis=-1))
