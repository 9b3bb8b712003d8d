# Probes: a flat metrics list holding one metric object bound to a variable and a string,
# kept (MKD015); evaluate() unpacked by position.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
a_out = layers.Dense(1, kernel_initializer="ones", name="a_out")(inp)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="b_out")(inp)
model = keras.Model(inp, [a_out, b_out])
err = keras.metrics.MeanAbsoluteError(name="err")
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"], metrics=[err, "mse"]
)
results = model.evaluate(x, [x * 3, x * 5], verbose=0)
print([round(float(v), 3) for v in results], err.name)
