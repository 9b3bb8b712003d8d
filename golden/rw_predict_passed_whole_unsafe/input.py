# predict() of a model with a tuple of outputs, passed whole to a function of the program: the
# tool does not rebuild what Keras returns for a tuple, so the model is refused; under --unsafe
# it is migrated and the use is reported.
import keras
from keras import layers

from plots import plot

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
model = keras.Model(inp, (age, gender))
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(x_train, [y_age, y_gender], epochs=3)
plot(model.predict(x_test))
