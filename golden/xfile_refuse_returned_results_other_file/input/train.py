# train.py returns evaluate()'s dict from score() and reads it by key itself; report.py
# imports score and prints the dict whole, keys in Keras 2's order, so the model is refused.
import keras
import numpy as np
from keras import layers

x = np.ones((8, 1), "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, name="zeta")(inp)
beta = layers.Dense(1, name="beta")(inp)
model = keras.Model(inp, [zeta, beta])
model.compile(optimizer="sgd", loss=["mse", "mae"])


def score():
    return model.evaluate(x, [x * 3, x * 5], verbose=0, return_dict=True)


print(score()["loss"])
