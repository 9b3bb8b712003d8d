import contextlib

import keras
from keras import layers


class Guard:
    def scope(self):
        # not a distribution strategy's scope: it swallows the error and skips the rest
        return contextlib.suppress(RuntimeError)


inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, name="zeta")(inp)
alpha = layers.Dense(1, name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
with Guard().scope():
    load_other_weights()
    model = keras.Model(inp, [alpha, zeta])
model.compile(optimizer="sgd", loss=["mse", "mae"])
model.fit(x_train, [y_zeta, y_alpha])
