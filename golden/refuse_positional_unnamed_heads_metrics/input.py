# Positional results with compiled metrics on unnamed heads: the metrics come sorted by name,
# and `dense_1_mP` sorts before `dense_mP`, while `head_a_mP` sorts before `head_b_mP`: naming
# the heads would swap the two metric values in the list. The tool must refuse.
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
head_a = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros")(inp)
head_b = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones")(inp)
model = keras.Model(inp, [head_a, head_b])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q], metrics=[[mP], [mQ]])
model.fit(x, [y_a, y_b], batch_size=N, verbose=0)
results = model.evaluate(x, [y_a, y_b], batch_size=N, verbose=0)
print("evaluate", r(results))
