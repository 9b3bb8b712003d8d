# Probes MKD016: the weights list is a variable also read by position elsewhere (printed,
# indexed, and given to a second model with other output names).
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
W = [1.0, 3.0]
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mse", loss_weights=W)
logs = model.evaluate(x, [x * 3, x * 5], verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
print("weights:", W, "first:", W[0])

beta = layers.Dense(1, kernel_initializer="ones", name="beta")(inp)
gamma = layers.Dense(1, kernel_initializer="zeros", name="gamma")(inp)
other = keras.Model(inp, [beta, gamma])
other.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"], loss_weights=W)
logs = other.evaluate(x, [x * 2, x * 7], verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
