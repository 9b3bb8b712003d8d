# Builds `model` at module level; run.py executes this file into its own namespace and
# then reads `model`: its list calls would reach the dict model, so nothing migrates.
import keras
from keras import layers

a = keras.Input(shape=(4,), name="a")
b = keras.Input(shape=(2,), name="b")
h = layers.concatenate([a, b])
price = layers.Dense(1, name="price")(h)
volume = layers.Dense(1, name="volume")(h)
model = keras.Model(inputs=[a, b], outputs=[price, volume])
