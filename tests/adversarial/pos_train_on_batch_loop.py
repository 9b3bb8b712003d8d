# Probes: train_on_batch results unpacked in a loop with reset_metrics off (Keras 2) /
# metrics accumulating over batches.
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
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q], metrics=[["mae"], None])
for step in range(2):
    total, zl, al, zm = model.train_on_batch(x * (step + 1), [x * 3, x * 5])
    print(step, [round(float(v), 2) for v in (total, zl, al, zm)])
