# Probes: loss_weights with a zero, sample_weight and a kernel regularizer beside an
# exact unpacking of evaluate (read by key): values must follow their names on 3.5/3.6.
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
zeta = layers.Dense(1, kernel_initializer="ones", kernel_regularizer="l2", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=[P, Q],
    loss_weights=[0.0, 2.0],
    metrics=[["mse"], None],
)
w = np.array([1.0, 2.0, 3.0, 4.0], "float32")
total, zl, al, zm = model.evaluate(x, [x * 3, x * 5], sample_weight=w, batch_size=N, verbose=0)
print([round(float(v), 2) for v in (total, zl, al, zm)])
