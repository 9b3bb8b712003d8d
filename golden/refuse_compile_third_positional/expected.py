import keras
from keras import layers

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, [age, gender])
# Keras 2: compile(optimizer, loss, metrics); Keras 3: compile(optimizer, loss, loss_weights).
model.compile("adam", ["mse", "binary_crossentropy"], ["mae"])
model.fit(x_train, [y_age, y_gender], epochs=3)
