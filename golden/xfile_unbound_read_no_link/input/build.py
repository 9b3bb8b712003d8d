# Builds `model` at module level; run.py reads `model` without importing or defining it.
# Run on its own run.py raises NameError: no import leads to this model, so it is no link.
import keras
from keras import layers

a = keras.Input(shape=(4,), name="a")
b = keras.Input(shape=(2,), name="b")
h = layers.concatenate([a, b])
price = layers.Dense(1, name="price")(h)
volume = layers.Dense(1, name="volume")(h)
model = keras.Model(inputs=[a, b], outputs=[price, volume])
