# `-h` and `h ** 2` are Keras operations named `negative` and `power`: naming the output
# layers after their variables would give two operations of the graph the same name.
import keras
from keras import layers

reading = keras.Input(shape=(6,), name="reading")
h = layers.Dense(8, activation="relu")(reading)
negative = layers.Dense(1)(-h)
power = layers.Dense(1)(h**2)
model = keras.Model(reading, [negative, power])
model.compile(optimizer="adam", loss=["mse", "mse"])
model.fit(x_train, [y_neg, y_pow], epochs=3)
