# Probes: predict_on_batch() used whole: json of its shapes, isinstance, len.
import json
import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
out = model.predict_on_batch(x)
print(json.dumps([o.tolist() for o in out]), isinstance(out, list), len(out))
print(json.dumps({"kind": type(out).__name__, "first": out[0][0].tolist()}))
