# Probes: a single loss broadcast to two outputs and a positional evaluate(). With dict outputs
# the per-output losses come in sorted-key order on every Keras 3 (KERAS_RULES 5b).
import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=P)
results = model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0)
print("per output", [round(v, 2) for v in results])
