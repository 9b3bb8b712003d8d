# get_layer() by automatic names (dense_1, dense_2 are the heads after the hidden dense):
# with --update-name-strings the tool rewrites them to the names it gives the heads.
import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


def mP(t, p):
    return 100.0 + 10.0 * t + p


def mQ(t, p):
    return 200.0 + 10.0 * t + p


def r(values):
    """Rounded floats, whatever Keras returns (a scalar, a list, a dict)."""
    if isinstance(values, dict):
        return {k: r(v) for k, v in sorted(values.items())}
    return np.round(np.asarray(values, "float64"), 3).tolist()


N = 4
x = np.linspace(0.0, 1.0, 2 * N, dtype="float32").reshape(N, 2)
y_sum = x.sum(axis=1, keepdims=True)
y_first = x[:, :1] * 3.0

inp = keras.Input(shape=(2,), name="inp")
hidden = layers.Dense(3, kernel_initializer="ones")(inp)
total = layers.Dense(1, kernel_initializer="ones")(hidden)
first = layers.Dense(1, kernel_initializer="zeros")(hidden)
model = keras.Model(inp, [total, first])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.01), loss=["mse", "mae"])
model.fit(x, [y_sum, y_first], batch_size=N, epochs=2, verbose=0)
print(model.get_layer("dense_1").units, [r(w) for w in model.get_layer("dense_1").get_weights()])
print(model.get_layer("dense_2").units, [r(w) for w in model.get_layer("dense_2").get_weights()])
print(model.get_layer("dense").units, [r(w) for w in model.get_layer("dense").get_weights()])
