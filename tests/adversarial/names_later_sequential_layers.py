# Probes: the layer names of a Sequential built AFTER the migrated model, printed through
# `layer.name`. Naming the heads frees dense/dense_1... so the Sequential's layers go from
# dense_3/dense_4 to dense_1/dense_2; layers created without being called on a tensor are
# not counted by the auto-name tracker (no MKD128 refusal, no MKD119 warning).
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
h = layers.Dense(1, kernel_initializer="ones")(inp)
zeta = layers.Dense(1, kernel_initializer="ones")(h)
alpha = layers.Dense(1, kernel_initializer="ones")(h)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
model.fit(x, [x * 3, x * 5], batch_size=N, epochs=1, verbose=0)

encoder = keras.Sequential([layers.Dense(2), layers.Dense(1)])
print([layer.name for layer in encoder.layers])
