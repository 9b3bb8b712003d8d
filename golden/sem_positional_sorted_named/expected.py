# evaluate()/test_on_batch()/train_on_batch() results read by position, on named heads whose
# names sort in list order (a_out < b_out, in_a < in_b): every version reports the per-output
# losses and metrics in the same order before and after the migration.
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
x_a = np.full((N, 1), 1.0, "float32")
x_b = np.full((N, 1), 2.0, "float32")
y_a = np.full((N, 1), 3.0, "float32")
y_b = np.full((N, 1), 5.0, "float32")

in_a = keras.Input(shape=(1,), name="in_a")
in_b = keras.Input(shape=(1,), name="in_b")
a_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="a_out")(in_a)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="b_out")(in_b)
model = keras.Model(
    inputs={"in_a": in_a, "in_b": in_b}, outputs={"a_out": a_out, "b_out": b_out}
)
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"a_out": P, "b_out": Q},
    metrics={"a_out": [mP], "b_out": [mQ]},
)
results = model.evaluate(
    {"in_a": x_a, "in_b": x_b}, {"a_out": y_a, "b_out": y_b}, batch_size=N, verbose=0
)
print("evaluate", r(results))
print(
    "test_on_batch",
    r(model.test_on_batch({"in_a": x_a, "in_b": x_b}, {"a_out": y_a, "b_out": y_b})),
)
print(
    "train_on_batch",
    r(model.train_on_batch({"in_a": x_a, "in_b": x_b}, {"a_out": y_a, "b_out": y_b})),
)
