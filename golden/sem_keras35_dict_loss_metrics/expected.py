# The Keras 3.5 bug family: a dict loss and dict metrics on a list-output model whose names do
# not sort in list order. Keras 3.5.0/3.6.0 pair the loss dict in sorted-key order with the
# outputs in list order (keras-team/keras#20596); the fully named form is paired by name.
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
x_z = np.full((N, 1), 1.0, "float32")
x_a = np.full((N, 1), 2.0, "float32")
y_zeta = np.full((N, 1), 3.0, "float32")
y_alpha = np.full((N, 1), 5.0, "float32")

in_z = keras.Input(shape=(1,), name="in_z")
in_a = keras.Input(shape=(1,), name="in_a")
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(in_z)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="alpha")(in_a)
model = keras.Model(
    inputs={"in_z": in_z, "in_a": in_a}, outputs={"zeta": zeta, "alpha": alpha}
)
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"alpha": Q, "zeta": P},
    metrics={"alpha": [mQ], "zeta": [mP]},
)
history = model.fit(
    {"in_z": x_z, "in_a": x_a},
    {"zeta": y_zeta, "alpha": y_alpha},
    batch_size=N,
    verbose=0,
)
print("history", r(history.history))
logs = model.evaluate(
    {"in_z": x_z, "in_a": x_a},
    {"zeta": y_zeta, "alpha": y_alpha},
    batch_size=N,
    verbose=0,
    return_dict=True,
)
print("evaluate", r(logs))
