# Probes: an output made by an operation (keras.ops.add, auto-named add) beside an auto-named
# Dense output; evaluate() printed by position.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
hidden = layers.Dense(1, kernel_initializer="ones")(inp)
a_out = keras.ops.add(hidden, 1.0)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones")(inp)
model = keras.Model(inp, [a_out, b_out])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=["mse", "mae"],
    metrics=[["mae"], ["mse"]],
)
print([round(float(v), 3) for v in model.evaluate(x, [x * 3, x * 5], verbose=0)])
