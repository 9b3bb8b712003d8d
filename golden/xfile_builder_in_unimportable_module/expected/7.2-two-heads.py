# A lesson file whose name no import statement can spell defines a public builder and
# uses it itself; the other files name `build_model` only as their own import, an
# attribute and a comment, so none of them can reach this one.
import keras
import numpy as np
from keras import layers


def build_model():
    a = keras.Input(shape=(4,), name="a")
    b = keras.Input(shape=(2,), name="b")
    h = layers.concatenate([a, b])
    price = layers.Dense(1, name="price")(h)
    volume = layers.Dense(1, name="volume")(h)
    return keras.Model(
        inputs={"a": a, "b": b}, outputs={"price": price, "volume": volume}
    )


model = build_model()
model.compile(optimizer="adam", loss={"price": "mse", "volume": "mae"})
model.fit(
    {"a": np.zeros((8, 4)), "b": np.zeros((8, 2))},
    {"price": np.zeros((8, 1)), "volume": np.zeros((8, 1))},
    verbose=0,
)
