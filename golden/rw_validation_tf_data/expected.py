import keras
import tensorflow as tf
from keras import layers

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, {"age": age, "gender": gender})
model.compile(optimizer="adam", loss={"age": "mse", "gender": "binary_crossentropy"})

val_ds = tf.data.Dataset.from_tensor_slices(
    (val_x, {"age": val_age, "gender": val_gender})
).batch(32)
model.fit(
    train_x,
    {"age": train_age, "gender": train_gender},
    validation_data=val_ds,
    epochs=10,
)
