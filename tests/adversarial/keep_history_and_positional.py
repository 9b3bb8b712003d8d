# Probes: positional evaluate() results left as read, and the fit history's keys printed
# (they spell the renamed outputs) in the same file.
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
history = model.fit(x, [x * 3, x * 5], batch_size=N, verbose=0)
print(
    len(history.history), [round(float(v), 3) for v in model.evaluate(x, [x * 3, x * 5], verbose=0)]
)
