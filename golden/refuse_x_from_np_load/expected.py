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

arrays = np.load("train.npz")
x_train = [arrays["image"], arrays["meta"]]
x_test = np.load("test_inputs.npy", allow_pickle=True)
model.fit(x_train, arrays["label"], epochs=5)
model.evaluate(x_test, y_test)
