# Probes: already-named heads and `total, main_loss, aux_loss = model.evaluate(...)`.
# List order is [main, aux]; sorted order is [aux, main]. With dict outputs, Keras 3.5/3.6
# return the per-output losses in sorted-key order, so the unpacking swaps silently there.
import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


N = 4
x = np.full((N, 1), 1.0, "float32")
y_main = np.full((N, 1), 3.0, "float32")
y_aux = np.full((N, 1), 5.0, "float32")
inp = keras.Input(shape=(1,), name="x")
main = layers.Dense(1, kernel_initializer="ones", name="main")(inp)
aux = layers.Dense(1, kernel_initializer="ones", name="aux")(inp)
model = keras.Model(inp, [main, aux])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
total, main_loss, aux_loss = model.evaluate(x, [y_main, y_aux], batch_size=N, verbose=0)
print("total", round(total, 2), "main", round(main_loss, 2), "aux", round(aux_loss, 2))
