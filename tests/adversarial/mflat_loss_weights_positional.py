# Probes: a flat metrics list kept (MKD015) beside loss_weights; evaluate() unpacked.
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
    loss=["mse", "mae"],
    loss_weights=[0.5, 3.0],
    metrics=["mse", "mae"],
)
total, *rest = model.evaluate(x, [x * 3, x * 5], verbose=0)
print(round(float(total), 3), [round(float(v), 3) for v in rest])
