# A helper that only measures its parameter, but prints locals(): the scores dict is shown
# without being named, keys in Keras 2's order.
import keras
import numpy as np
from keras import layers

N = 8
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, name="zeta")(inp)
beta = layers.Dense(1, name="beta")(inp)
model = keras.Model(inputs=inp, outputs=[zeta, beta])
model.compile(optimizer="sgd", loss=["mse", "mae"])


def show(values):
    n = len(values)
    print(n, locals())


scores = model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0, return_dict=True)
show(scores)
