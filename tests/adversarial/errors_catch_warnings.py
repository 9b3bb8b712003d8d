# Probes: warnings.catch_warnings recording the "structure of inputs" warning: a dict x on a
# LIST-input model gives no warning; on dict inputs a list x gives one (or raises).
import warnings
import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


N = 4
x = np.full((N, 1), 1.0, "float32")
in_z = keras.Input(shape=(1,), name="in_z")
in_a = keras.Input(shape=(1,), name="in_a")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(in_z)
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(in_a)
model = keras.Model([in_z, in_a], [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model.predict({"in_z": x, "in_a": x * 2}, verbose=0)
print("structure warnings", sum("structure" in str(w.message) for w in caught))
logs = model.evaluate([x, x * 2], [x * 3, x * 5], batch_size=N, verbose=0, return_dict=True)
print(sorted((k, round(v, 2)) for k, v in logs.items()))
