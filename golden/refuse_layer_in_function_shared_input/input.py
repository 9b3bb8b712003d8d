# The heads are built in a function whose input comes from outside it: the tool cannot
# prove that each call builds a graph of its own, so a name added there could be used twice
# in one model (it refuses rather than risk `The name "topic" is used 2 times`).
import keras
from keras import layers

tokens = keras.Input(shape=(32,), name="tokens")
trunk = layers.Dense(32, activation="relu")(tokens)


def heads():
    topic = layers.Dense(4, activation="softmax")(trunk)
    length = layers.Dense(1)(trunk)
    model = keras.Model(tokens, [topic, length])
    model.compile(optimizer="adam", loss=["categorical_crossentropy", "mse"])
    return model


first = heads()
second = heads()
