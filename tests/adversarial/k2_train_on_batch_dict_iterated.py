# Probes: train_on_batch(return_dict=True) keys iterated in order, outputs not in sorted order.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])

model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=["mse", "mae"],
    metrics=[["mae"], ["mse"]],
)
for key in model.train_on_batch(x, [x * 3, x * 5], return_dict=True):
    print(key)
