# Probes MKD016: the loss name is bound twice in branches, a string or a function of this
# file; the branch taken decides at run time, and each output must still get that loss.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
FANCY = True


def halved(y_true, y_pred):
    return keras.ops.mean(keras.ops.abs(y_true - y_pred), axis=-1) * 0.5


if FANCY:
    loss_fn = halved
else:
    loss_fn = "mse"
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=loss_fn, loss_weights=[1.0, 3.0])
logs = model.evaluate(x, [x * 3, x * 5], verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
loss_fn = "mae"
print("rebound after compile:", loss_fn)
