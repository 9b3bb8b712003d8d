# Probes: one Dense layer makes both outputs (both named after it on list outputs); metrics per
# output and evaluate() results printed by position.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
head = layers.Dense(1, kernel_initializer="ones", name="head")
a_out = head(inp)
b_out = head(layers.Dense(1, kernel_initializer="ones", name="lift")(inp))
model = keras.Model(inp, [a_out, b_out])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=["mse", "mae"],
    metrics=[["mae"], ["mse"]],
)
print([round(float(v), 3) for v in model.evaluate(x, [x * 3, x * 5], verbose=0)])
