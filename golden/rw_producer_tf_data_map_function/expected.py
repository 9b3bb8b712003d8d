import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, {"age": age, "gender": gender})
model.compile(optimizer="adam", loss={"age": "mse", "gender": "binary_crossentropy"})

def split_labels(x, y):
    """One label column per head."""
    return x, {"age": y[:, 0], "gender": y[:, 1]}


train_ds = tf.data.Dataset.from_tensor_slices((x_train, y_all)).map(split_labels).batch(32)
model.fit(train_ds, epochs=3)
