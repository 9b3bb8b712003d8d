# Probes: the same flat list as metrics and as weighted_metrics, kept (MKD015), on auto-named
# outputs (dense_1, dense_2 after a hidden dense); evaluate() results printed by position.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
hidden = layers.Dense(1, kernel_initializer="ones")(inp)
a_out = layers.Dense(1, kernel_initializer="ones")(hidden)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones")(hidden)
model = keras.Model(inp, [a_out, b_out])
w = np.array([1.0, 0.0, 2.0, 1.0], "float32")
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=["mse", "mae"],
    metrics=["mae", "mse"],
    weighted_metrics=["mae", "mse"],
)
results = model.evaluate(x, [x * 3, x * 5], sample_weight=[w, w * 2], verbose=0)
print([round(float(v), 3) for v in results])
