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
total = layers.Dense(1, kernel_initializer="ones", name="total")(hidden)
first = layers.Dense(1, kernel_initializer="zeros", name="first")(hidden)
model = keras.Model(inp, {"total": total, "first": first})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.01),
    loss={"total": "mse", "first": "mae"},
)
model.fit(x, {"total": y_sum, "first": y_first}, batch_size=N, epochs=2, verbose=0)
print(
    model.get_layer("total").units,
    [r(w) for w in model.get_layer("total").get_weights()],
)
print(
    model.get_layer("first").units,
    [r(w) for w in model.get_layer("first").get_weights()],
)
print(model.get_layer("dense").units, [r(w) for w in model.get_layer("dense").get_weights()])
