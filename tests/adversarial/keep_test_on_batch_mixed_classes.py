# Probes: positional test_on_batch results; the outputs are auto-named layers of two classes
# (activation, dense_1) whose old names sort as the new keys do.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
hidden = layers.Dense(1, kernel_initializer="ones")(inp)
a_out = layers.Activation("relu")(hidden)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones")(hidden)
model = keras.Model(inp, [a_out, b_out])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=["mse", "mae"],
    metrics=[["mae", "mse"], ["mse"]],
)
print([round(float(v), 3) for v in model.test_on_batch(x, [x * 3, x * 5])])
