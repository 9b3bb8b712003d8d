# Probes MKD016: compile happens in a helper whose `loss` parameter is a string at one call and
# a list at another; two models with different output names share the helper.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")


def setup(m, loss):
    m.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=loss, loss_weights=[1.0, 3.0])


inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
setup(model, ["mae", "mse"])
logs = model.evaluate(x, [x * 3, x * 5], verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
