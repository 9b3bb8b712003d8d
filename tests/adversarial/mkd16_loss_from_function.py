# Probes MKD016: the one loss is a name bound to the result of a function of this file that
# returns a list on one path; Keras pairs that list with the weights by position.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")


def pick_loss(two):
    if two:
        return ["mae", "mse"]
    return "mse"


inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
chosen = pick_loss(True)
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=chosen, loss_weights=[1.0, 3.0])
logs = model.evaluate(x, [x * 3, x * 5], verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
