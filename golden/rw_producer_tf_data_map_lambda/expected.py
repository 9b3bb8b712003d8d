import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, {"age": age, "gender": gender})
model.compile(optimizer="adam", loss={"age": "mse", "gender": "binary_crossentropy"})

train_ds = (
    tf.data.Dataset.from_tensor_slices((x_train, y_age, y_gender))
    .map(lambda x, a, g: (x, {
        "age": a,
        "gender": g,
    }), num_parallel_calls=tf.data.AUTOTUNE)  # split the labels
    .batch(32)
)
model.fit(train_ds, epochs=3)
