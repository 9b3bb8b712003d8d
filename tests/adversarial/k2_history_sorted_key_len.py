# Probes: sorted(h.history, key=len) is stable: keys of equal length keep Keras 2's order.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
beta = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="beta")(inp)
model = keras.Model(inp, [zeta, beta])

model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
h = model.fit(x, [x * 3, x * 5], epochs=1, verbose=0)
print(sorted(h.history, key=len))
