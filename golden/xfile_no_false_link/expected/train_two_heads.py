# A script with a module-level `model`; nothing else in the run imports it.
import keras
import numpy as np
from keras import layers

a = keras.Input(shape=(4,), name="a")
b = keras.Input(shape=(2,), name="b")
h = layers.concatenate([a, b])
price = layers.Dense(1, name="price")(h)
volume = layers.Dense(1, name="volume")(h)
model = keras.Model(inputs={"a": a, "b": b}, outputs={"price": price, "volume": volume})
model.compile(optimizer="adam", loss={"price": "mse", "volume": "mae"})
model.fit(
    {"a": np.zeros((8, 4)), "b": np.zeros((8, 2))},
    {"price": np.zeros((8, 1)), "volume": np.zeros((8, 1))},
    verbose=0,
)
