# Probes: naming the Inputs renumbers a later unnamed Input; an error Keras raises for it
# (a missing dict key) is printed, and Keras 2 spells the Input's automatic name in it.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
first = keras.Input(shape=(1,))
second = keras.Input(shape=(1,))
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(first)
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(second)
model = keras.Model([first, second], [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
model.fit([x, x * 2], [x * 3, x * 5], batch_size=N, verbose=0)

a_in = keras.Input(shape=(1,))
b_in = keras.Input(shape=(1,))
other = keras.Model([a_in, b_in], layers.Dense(1, name="single")(layers.concatenate([a_in, b_in])))
try:
    other.predict({"wrong": x, "keys": x}, verbose=0)
except (KeyError, ValueError) as error:
    print(type(error).__name__, str(error)[:300])
