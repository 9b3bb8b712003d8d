import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, {"age": age, "gender": gender})
model.compile(optimizer="adam", loss={"age": "mse", "gender": "binary_crossentropy"})

features = tf.data.Dataset.from_tensor_slices(x_train)
ages = tf.data.Dataset.from_tensor_slices(y_age)
genders = tf.data.Dataset.from_tensor_slices(y_gender)
train_ds = tf.data.Dataset.zip((features, {"age": ages, "gender": genders})).batch(32)
model.fit(train_ds, epochs=3)
