# Probes: test_on_batch with a per-sample weight by keyword and mae on the first output.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mae", "mse"], metrics=[["mae"], None])
w = np.array([1.0, 0.0, 2.0, 1.0], "float32")
total, zl, al, zm = model.test_on_batch(x, [x * 3, x * 5], sample_weight=w)
print([round(float(v), 2) for v in (total, zl, al, zm)])
