# Probes: a flat weighted_metrics list as long as the outputs (Keras 2 broadcasts it, Keras 3 pairs one per output).
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])

w = np.array([1.0, 0.0, 2.0, 1.0], "float32")
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=["mse", "mse"],
    weighted_metrics=["mae", "mse"],
)
logs = model.evaluate(x, [x * 3, x * 5], sample_weight=[w, w], verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
