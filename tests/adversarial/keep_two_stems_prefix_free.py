# Probes: outputs auto-named dropout and dense (old order d-r-o > d-e-n: reversed), new keys
# in list order; the positional results must move or the model be refused.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
a_out = layers.Dropout(0.0)(inp)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones")(inp)
model = keras.Model(inp, [a_out, b_out])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=["mse", "mae"],
    metrics=[["mae"], ["mse"]],
)
print([round(float(v), 3) for v in model.evaluate(x, [x * 3, x * 5], verbose=0)])
