# A two-input, one-output model: evaluate()/test_on_batch()/train_on_batch() return one number,
# which the program uses as a number. Only the inputs become a dict.
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
y = np.full((N, 1), 3.0, "float32")

in_a = keras.Input(shape=(1,), name="in_a")
in_b = keras.Input(shape=(1,), name="in_b")
h = layers.concatenate([in_a, in_b])
out = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="out")(h)
model = keras.Model({"in_a": in_a, "in_b": in_b}, out)
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=P)
loss = model.evaluate({"in_a": x_a, "in_b": x_b}, y, batch_size=N, verbose=0)
print("evaluate", round(float(loss), 3))
print(
    "test_on_batch", round(float(model.test_on_batch({"in_a": x_a, "in_b": x_b}, y)), 3)
)
step = model.train_on_batch({"in_a": x_a, "in_b": x_b}, y)
print("train_on_batch", round(float(step) - 1000.0, 3))
