import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, [age, gender])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])

train_ds = tf.data.Dataset.from_generator(
    batches, output_signature=(tf.TensorSpec((None, 8)), (tf.TensorSpec((None, 1)), tf.TensorSpec((None, 1))))
)
model.fit(train_ds, epochs=3)
