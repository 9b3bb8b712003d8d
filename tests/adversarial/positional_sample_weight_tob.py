# Probes: train_on_batch(x, y, sw) with sample_weight third POSITIONAL (batch_size for fit).
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
w1 = np.full((N,), 1.0, "float32")
w2 = np.full((N,), 3.0, "float32")
out = model.test_on_batch(x, [x * 3, x * 5], [w1, w2], return_dict=True)
print(sorted((k, round(float(v), 2)) for k, v in out.items()))
logs = model.evaluate(x, [x * 3, x * 5], N, 0, return_dict=True)
print(sorted((k, round(v, 2)) for k, v in logs.items()))
