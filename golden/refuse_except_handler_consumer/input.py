# The handler reads the list by position; after a rewrite the `try:` body would not raise.
import keras
import numpy as np
from keras import layers

a = keras.Input(shape=(1,), name="a")
zeta = layers.Dense(1, name="zeta")(a)
alpha = layers.Dense(1, name="alpha")(a)
model = keras.Model(inputs=a, outputs=[zeta, alpha])
model.compile(loss=["mse", "mae"])
x = np.ones((4, 1))
model.fit(x, [x, x], verbose=0)
preds = model.predict(x, verbose=0)
try:
    first = preds["zeta"]
except TypeError:
    first = preds[0]
print(first.shape)
