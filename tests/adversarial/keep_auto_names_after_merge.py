# Probes: auto-named outputs built after layers.concatenate (a merge function, whose stem
# operations share), two unnamed Inputs; evaluate() results printed by position.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
a_in = keras.Input(shape=(1,))
b_in = keras.Input(shape=(1,))
hidden = layers.Dense(1, kernel_initializer="ones")(layers.concatenate([a_in, b_in]))
a_out = layers.Dense(1, kernel_initializer="ones")(hidden)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones")(hidden)
model = keras.Model([a_in, b_in], [a_out, b_out])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=["mse", "mae"],
    metrics=[["mae"], ["mse"]],
)
print([round(float(v), 3) for v in model.evaluate([x, x * 2], [x * 3, x * 5], verbose=0)])
