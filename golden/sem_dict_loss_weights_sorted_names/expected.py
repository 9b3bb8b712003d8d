# A dict loss and dict loss_weights, written out of order, on a list-output model whose names
# sort in list order (a_out < b_out): paired by name on every version, before and after.
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
x = np.full((N, 1), 1.0, "float32")
y_a = np.full((N, 1), 3.0, "float32")
y_b = np.full((N, 1), 5.0, "float32")

inp = keras.Input(shape=(1,), name="inp")
a_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="a_out")(inp)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="b_out")(inp)
model = keras.Model(inp, {"a_out": a_out, "b_out": b_out})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"b_out": Q, "a_out": P},
    loss_weights={"b_out": 10.0, "a_out": 1.0},
)
history = model.fit(
    x,
    {"a_out": y_a, "b_out": y_b},
    validation_data=(x, {"a_out": y_b, "b_out": y_a}),
    batch_size=N,
    verbose=0,
)
print("history", r(history.history))
print(
    "evaluate",
    r(
        model.evaluate(
            x, {"a_out": y_a, "b_out": y_b}, batch_size=N, verbose=0, return_dict=True
        )
    ),
)
print(
    "test_on_batch",
    r(model.test_on_batch(x, {"a_out": y_a, "b_out": y_b}, return_dict=True)),
)
