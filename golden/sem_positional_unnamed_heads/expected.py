# Positional results of a model whose heads are unnamed (dense, dense_1): the tool names them
# after their variables (head_a, head_b), which sort in list order like the automatic names,
# so the per-output losses keep their positions on every version (no compiled metrics here).
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
head_a = layers.Dense(
    1, kernel_initializer="ones", bias_initializer="zeros", name="head_a"
)(inp)
head_b = layers.Dense(
    1, kernel_initializer="ones", bias_initializer="ones", name="head_b"
)(inp)
model = keras.Model(inp, {"head_a": head_a, "head_b": head_b})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss={"head_a": P, "head_b": Q}
)
model.fit(x, {"head_a": y_a, "head_b": y_b}, batch_size=N, verbose=0)
total, loss_a, loss_b = model.evaluate(
    x, {"head_a": y_a, "head_b": y_b}, batch_size=N, verbose=0
)
print("evaluate", r([total, loss_a, loss_b]))
print("test_on_batch", r(model.test_on_batch(x, {"head_a": y_a, "head_b": y_b})))
print("train_on_batch", r(model.train_on_batch(x, {"head_a": y_a, "head_b": y_b})))
