# Probes (passed, general): predict read by index in a loop that binds the name to
# another model after the read; LibCST's referents leave that later binding out.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="zeros", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
for _ in range(2):
    preds = model.predict(x, verbose=0)
    print(preds[0][0].tolist(), preds[1][0].tolist())
    model = keras.Model(inp, [alpha, zeta, zeta])
