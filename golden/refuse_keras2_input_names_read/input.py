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

encoder_in = tf.keras.Input(shape=(16,))
encoder = tf.keras.Model(encoder_in, layers.Dense(8, name="code")(encoder_in))
print("encoder inputs:", encoder.input_names)
