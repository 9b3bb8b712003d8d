"""Inputs appended in a loop to `list()`, the call spelling of `[]`: they stay a list, as with
`[]`, and the two named heads become a dict."""

import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


N = 8
features = [np.full((N, 1), 1.0, "float32"), np.full((N, 2), 2.0, "float32")]
targets = [np.full((N, 1), 3.0, "float32"), np.full((N, 1), 5.0, "float32")]


def build(widths):
    inputs = list()
    for width in widths:
        inputs.append(keras.Input(shape=(width,)))
    h = layers.Concatenate()(inputs)
    first = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="first")(h)
    second = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="second")(h)
    model = keras.Model(inputs, [first, second])
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
    return model


model = build([1, 2])
history = model.fit(features, targets, batch_size=N, epochs=1, verbose=0)
print(sorted(history.history))
print(model.evaluate(features, targets, verbose=0, return_dict=True)["loss"])
