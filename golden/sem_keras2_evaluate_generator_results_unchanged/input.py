"""Kept results of Keras 2's evaluate_generator that the rewrite does not change: a model whose
inputs alone migrate (one output, so its results are what they were), and the total loss,
`[0]`, of a model with two outputs (a sum, whatever order the outputs are in). Both migrate as
they do with `evaluate`; only results read by position per output need `return_dict`."""

import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


def pairs(steps):
    for step in range(steps):
        yield (
            [np.full((4, 2), 1.0 + step, "float32"), np.full((4, 1), 2.0, "float32")],
            np.full((4, 1), 3.0, "float32"),
        )


def heads(steps):
    for step in range(steps):
        yield (
            np.full((4, 2), 1.0 + step, "float32"),
            [
                np.full((4, 1), 3.0, "float32"),
                np.full((4, 1), 5.0, "float32"),
            ],
        )


zeta = keras.Input(shape=(2,), name="zeta")
alpha = keras.Input(shape=(1,), name="alpha")
joined = layers.concatenate([zeta, alpha])
out = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="out")(joined)
joint = keras.Model([zeta, alpha], out)
joint.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=P, metrics=["mae"])
loss, mae = joint.evaluate_generator(pairs(2), steps=2)
print(loss, mae)

scan = keras.Input(shape=(2,), name="scan")
first = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="first")(scan)
second = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="second")(scan)
split = keras.Model(scan, [second, first])
split.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
print(split.evaluate_generator(heads(2), 2)[0])
