# A comprehension over the scores' keys inside sorted(): its element prints each key as it
# goes, and its filter keeps the first key by position, so both show Keras 2's key order.
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
import itertools

scores = model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0, return_dict=True)
names = sorted(print(k) or k for k in scores.keys())
first = itertools.count()
kept = {k: v for k, v in scores.items() if next(first) < 2}
print(len(names), sorted(kept))
