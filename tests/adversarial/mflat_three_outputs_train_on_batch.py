# Probes: three outputs, a flat metrics list of three kept (MKD015), train_on_batch results
# printed by position.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
a_out = layers.Dense(1, kernel_initializer="ones", name="a_out")(inp)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="b_out")(inp)
c_out = layers.Dense(1, kernel_initializer="zeros", name="c_out")(inp)
model = keras.Model(inp, [a_out, b_out, c_out])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=["mse", "mae", "mse"],
    metrics=["mae", "mse", "mape"],
)
print([round(float(v), 3) for v in model.train_on_batch(x, [x * 3, x * 5, x * 2])])
