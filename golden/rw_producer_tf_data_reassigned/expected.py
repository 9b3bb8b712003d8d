import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, {"age": age, "gender": gender})
model.compile(optimizer="adam", loss={"age": "mse", "gender": "binary_crossentropy"})

ds = tf.data.Dataset.from_tensor_slices((x_train, {"age": y_age, "gender": y_gender}))
ds = ds.shuffle(1024)
ds = ds.batch(32).prefetch(tf.data.AUTOTUNE)
model.fit(ds, epochs=3)
