# `aux` is built once per loop pass and every pass feeds the next one, so the graph of
# `model` holds two `aux` layers: `name="aux"` on that call would make Model(...) raise.
import keras
from keras import layers

signal = keras.Input(shape=(12,), name="signal")
h = layers.Dense(12, activation="relu")(signal)
for step in range(2):
    aux = layers.Dense(1)(h)
    h = layers.Concatenate()([h, aux])
main = layers.Dense(1)(h)
model = keras.Model(signal, [main, aux])
model.compile(optimizer="adam", loss=["mse", "mse"])
model.fit(x_train, [y_main, y_aux], epochs=4)
