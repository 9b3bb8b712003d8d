# Probes: slicing a tensor creates an Operation named "get_item"; an output variable get_item.
import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(2,), name="x")
get_item = layers.Dense(1, kernel_initializer="ones")(inp[:, 0:1])
other = layers.Dense(1, kernel_initializer="ones")(inp)
model = keras.Model(inp, [get_item, other])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
x2 = np.concatenate([x, x], axis=1)
logs = model.evaluate(x2, [x * 3, x * 5], batch_size=N, verbose=0, return_dict=True)
print(sorted((k, round(v, 2)) for k, v in logs.items()))
