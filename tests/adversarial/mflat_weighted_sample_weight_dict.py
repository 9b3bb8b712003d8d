# Probes: flat metrics AND flat weighted_metrics kept (MKD015) with per-output sample weights;
# the return_dict logs printed.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
a_out = layers.Dense(1, kernel_initializer="ones", name="a_out")(inp)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="b_out")(inp)
model = keras.Model(inp, [a_out, b_out])
w = np.array([1.0, 0.0, 2.0, 1.0], "float32")
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=["mse", "mae"],
    metrics=["mse", "mae"],
    weighted_metrics=["mae", "mse"],
)
logs = model.evaluate(x, [x * 3, x * 5], sample_weight=[w, w * 2], verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
