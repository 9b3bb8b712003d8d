import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, {"age": age, "gender": gender})
model.compile(optimizer="adam", loss={"age": "mse", "gender": "binary_crossentropy"})

train_ds = tf.data.Dataset.from_tensor_slices((x_train, {"age": y_age, "gender": y_gender})).shuffle(1024).batch(32)
val_ds = tf.data.Dataset.from_tensor_slices(
    (x_val, {"age": v_age, "gender": v_gender})
).batch(32)
model.fit(train_ds, validation_data=val_ds, epochs=3)
