# The combined model's output is a call of a model held in an attribute, and that model has
# two outputs: the call gives a list the tool cannot name. Refused, as any list it cannot see.
import keras
from keras import layers


class Pair:
    def __init__(self):
        self.heads = self.build_heads()
        a = keras.Input(shape=(4,), name="a")
        b = keras.Input(shape=(4,), name="b")
        both = self.heads(layers.concatenate([a, b]))
        self.model = keras.Model([a, b], both)

    def build_heads(self):
        x = keras.Input(shape=(8,))
        return keras.Model(x, [layers.Dense(1)(x), layers.Dense(1)(x)])
