# Probes: a history summarised by a helper that only reads it by sorted key; migrates, same output on Keras 2 and 3.
import json
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])

model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])


def summarise(history):
    summary = {key: round(float(values[-1]), 3) for key, values in history.history.items()}
    print(json.dumps(summary, sort_keys=True))
    for key, value in sorted(summary.items()):
        print(key, value)
    return summary


def shown(values):
    if isinstance(values, dict):
        return sorted(values.items())
    return values


result = summarise(model.fit(x, [x * 3, x * 5], verbose=0))
print(result["loss"], len(result), "loss" in result)
print(shown(model.evaluate(x, [x * 3, x * 5], verbose=0, return_dict=True)))
