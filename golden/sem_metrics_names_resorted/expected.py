# Per-output metric lists of different lengths ([["mae"], ["mse", "mae"]]) on heads whose
# names do not sort in list order: Keras sorts the metric entries by name; the results are
# read by name (return_dict=True) and through the history.
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
x = np.linspace(0.0, 1.0, N, dtype="float32").reshape(N, 1)
y_zeta = x * 2.0
y_alpha = x + 1.0

inp = keras.Input(shape=(1,), name="inp")
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="alpha")(inp)
model = keras.Model(inp, {"zeta": zeta, "alpha": alpha})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"zeta": "mse", "alpha": "mse"},
    metrics={"zeta": ["mae"], "alpha": ["mse", "mae"]},
)
history = model.fit(
    x, {"zeta": y_zeta, "alpha": y_alpha}, batch_size=N, epochs=1, verbose=0
)
print("history", r(history.history))
print(
    "evaluate",
    r(
        model.evaluate(
            x,
            {"zeta": y_zeta, "alpha": y_alpha},
            batch_size=N,
            verbose=0,
            return_dict=True,
        )
    ),
)
