# Probes: one string loss broadcast to both outputs (every Keras lists the per-output
# losses of dict outputs in sorted order) and an accuracy metric on the second output.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mse", metrics=[None, ["accuracy"]])
total, zl, al, acc = model.evaluate(x, [x * 3, x * 2], batch_size=N, verbose=0)
print([round(float(v), 2) for v in (total, zl, al, acc)])
