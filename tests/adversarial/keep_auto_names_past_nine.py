# Probes: output layers auto-named dense_9 and dense_10 (nine hidden Dense before them):
# "dense_10" sorts before "dense_9", the new keys sort in list order; evaluate() printed.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
h = layers.Dense(1, kernel_initializer="ones")(inp)
h = layers.Dense(1, kernel_initializer="ones")(h)
h = layers.Dense(1, kernel_initializer="ones")(h)
h = layers.Dense(1, kernel_initializer="ones")(h)
h = layers.Dense(1, kernel_initializer="ones")(h)
h = layers.Dense(1, kernel_initializer="ones")(h)
h = layers.Dense(1, kernel_initializer="ones")(h)
h = layers.Dense(1, kernel_initializer="ones")(h)
h = layers.Dense(1, kernel_initializer="ones")(h)
a_out = layers.Dense(1, kernel_initializer="ones")(h)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones")(h)
model = keras.Model(inp, [a_out, b_out])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=["mse", "mae"],
    metrics=[["mae"], ["mse"]],
)
print([round(float(v), 3) for v in model.evaluate(x, [x * 3, x * 5], verbose=0)])
