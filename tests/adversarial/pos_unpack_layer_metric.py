# Probes: an exact unpacking of evaluate on a model with a layer that owns a metric, which
# Keras logs too: the original unpacking fails (one value more), a read by key would not.
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


class Counted(layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.seen = keras.metrics.Sum(name="seen")

    def call(self, t):
        self.seen.update_state(t)
        return t


h = Counted()(inp)
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(h)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(h)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q], metrics=[["mae"], None])
total, zl, al, zm = model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0)
print([round(float(v), 2) for v in (total, zl, al, zm)])
