import numpy as np
import tensorflow as tf
from tensorflow.keras import layers

image = tf.keras.Input(shape=(16,))
meta = tf.keras.Input(shape=(4,))
h = layers.concatenate([image, meta])
label = layers.Dense(3, activation="softmax", name="label")(h)
score = layers.Dense(1, name="score")(h)
model = tf.keras.Model([image, meta], [label, score])
model.compile(optimizer="adam", loss=["sparse_categorical_crossentropy", "mse"])
model.fit([x_image, x_meta], [y_label, y_score], epochs=2)

# Keras 2 numbers unnamed Inputs input_1, input_2, ...: this one is input_3.
probe_in = tf.keras.Input(shape=(16,))
probe = tf.keras.Model(probe_in, layers.Dense(1, name="probe")(probe_in))
probe.predict({"input_3": np.zeros((2, 16), "float32")})
