# Builds `model` at module level; run.py compiles and fits `model` without importing or
# defining it: a snippet run after this file in one session (a notebook split into files).
# No other file of the run exports `model`, so the snippet links, and as the tool cannot
# migrate it the model is refused.
import keras
from keras import layers

a = keras.Input(shape=(4,), name="a")
b = keras.Input(shape=(2,), name="b")
h = layers.concatenate([a, b])
price = layers.Dense(1, name="price")(h)
volume = layers.Dense(1, name="volume")(h)
model = keras.Model(inputs=[a, b], outputs=[price, volume])
