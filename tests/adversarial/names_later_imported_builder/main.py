# Probes: layers built AFTER the migrated model by a function of another module of the
# program. Naming the heads frees dense/dense_1, so the encoder's layers go from
# dense_3/dense_4 to dense_1/dense_2, printed through `layer.name`; the tool does not see
# the other module's layers (it counts only the constructions in this file).
import keras
import numpy as np
from encoders import make_encoder
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

encoder = make_encoder()
print([layer.name for layer in encoder])
