# Probes: list outputs with a loss dict keyed by the layer names but written in the other
# order; per-output losses of the evaluate() results printed by position.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
a_out = layers.Dense(1, kernel_initializer="ones", name="a_out")(inp)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="b_out")(inp)
model = keras.Model(inp, [a_out, b_out])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"b_out": "mae", "a_out": "mse"},
    metrics=[["mae"], ["mse"]],
)
total, first_loss, second_loss, *rest = model.evaluate(x, [x * 3, x * 5], verbose=0)
print(round(float(first_loss), 3), round(float(second_loss), 3), len(rest))
