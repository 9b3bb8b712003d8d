# Probes: positional evaluate() results left as read (old auto names sort as the new keys),
# with model.metrics_names printed beside them.
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
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=["mse", "mae"],
    metrics=[["mae"], ["mse"]],
)
results = model.evaluate(x, [x * 3, x * 5], verbose=0)
print(len(model.metrics_names), [round(float(v), 3) for v in results])
