import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, [age, gender])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])

train_ds = tf.data.Dataset.from_tensor_slices((x_train, y_all)).map(
    lambda x, y: preprocess(x, y)
)
model.fit(train_ds.batch(32), epochs=3)
