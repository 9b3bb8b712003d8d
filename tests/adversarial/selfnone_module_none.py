# Probes `model is None` as a harmless use of a module-level model that starts as None and is
# built on first use inside a function (`global model`).
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
model = None


def get_model():
    global model
    if model is None:
        inp = keras.Input(shape=(1,), name="x")
        zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
        alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
        model = keras.Model(inp, [zeta, alpha])
        model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
    return model


m = get_model()
logs = m.evaluate(x, [x * 3, x * 5], verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
print(get_model() is m, model is not None)
