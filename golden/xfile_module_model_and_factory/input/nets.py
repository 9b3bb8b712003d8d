import keras
from keras import layers

inp = keras.Input(shape=(4,), name="signal")
h = layers.Dense(8, activation="relu")(inp)
level = layers.Dense(1, name="level")(h)
trend = layers.Dense(1, name="trend")(h)
# A module-level model, imported by fit_shared.py.
shared = keras.Model(inp, [level, trend])


class Factory:
    """Builds a fresh model per call; used by fit_factory.py."""

    @staticmethod
    def build():
        x = keras.Input(shape=(4,), name="x")
        g = layers.Dense(8, activation="relu")(x)
        low = layers.Dense(1, name="low")(g)
        high = layers.Dense(1, name="high")(g)
        return keras.Model(x, [low, high])
