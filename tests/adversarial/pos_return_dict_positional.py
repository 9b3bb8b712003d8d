# Probes: `return_dict` passed positionally to test_on_batch (4th on Keras 3, 5th on
# Keras 2, where the 4th is reset_metrics); a keyword return_dict=True added beside it clashes.
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
total, z, a = model.test_on_batch(x, [x * 3, x * 5], None, False)
print("zeta", round(float(z), 2), "alpha", round(float(a), 2))
