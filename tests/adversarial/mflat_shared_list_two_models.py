# Probes: one flat metrics list bound to a variable serves two models: one migrated with
# the list kept (MKD015), one whose outputs do not sort in list order (refused, MKD131).
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
METRICS = ["mae", "mse"]
inp = keras.Input(shape=(1,), name="x")
a_out = layers.Dense(1, kernel_initializer="ones", name="a_out")(inp)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="b_out")(inp)
model = keras.Model(inp, [a_out, b_out])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"], metrics=METRICS
)
print([round(float(v), 3) for v in model.evaluate(x, [x * 3, x * 5], verbose=0)])

inp2 = keras.Input(shape=(1,), name="x2")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp2)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp2)
other = keras.Model(inp2, [zeta, alpha])
other.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"], metrics=METRICS
)
print([round(float(v), 3) for v in other.evaluate(x, [x * 3, x * 5], verbose=0)])
