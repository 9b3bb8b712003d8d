"""Inputs filled in a loop from a config, each named by it (`keras.Input(**spec)`): the tool
cannot read those names, and "price" is the one it would give the first output layer. Keras
allows each name once in a model (`The name "price" is used 2 times in the model`, raised at
`keras.Model(...)` on every Keras 3 and on Keras 2), so it cannot prove the names unique."""

import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


FEATURES = [{"name": "price", "shape": (1,)}, {"name": "volume", "shape": (1,)}]
N = 4
xs = [np.full((N, 1), 1.0, "float32"), np.full((N, 1), 2.0, "float32")]
ys = [np.full((N, 1), 3.0, "float32"), np.full((N, 1), 5.0, "float32")]

inputs = []
for spec in FEATURES:
    inputs.append(keras.Input(**spec))
h = layers.Concatenate()(inputs)
price = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros")(h)
volume = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones")(h)
model = keras.Model(inputs, [price, volume])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
model.fit(xs, ys, batch_size=N, epochs=1, verbose=0)
print(model.evaluate(xs, ys, verbose=0, return_dict=True)["loss"])
