# Probes: loss_weights with a zero weight first, per-output losses printed (3.5/3.6 log them weighted).
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"], loss_weights=[0.0, 2.0])
history = model.fit(x, [x * 3, x * 5], batch_size=N, verbose=0)
print(sorted((k, round(v[0], 3)) for k, v in history.history.items()))
