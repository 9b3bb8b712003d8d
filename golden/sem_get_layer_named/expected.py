# get_layer() by the names the program gave its layers, output heads and a hidden layer: the
# migration keeps every name, so the lookups find the same layers and weights.
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
y_zeta = x.sum(axis=1, keepdims=True)
y_alpha = x[:, :1] * 3.0

inp = keras.Input(shape=(2,), name="inp")
hidden = layers.Dense(3, kernel_initializer="ones", name="hidden")(inp)
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(hidden)
alpha = layers.Dense(1, kernel_initializer="zeros", name="alpha")(hidden)
model = keras.Model(inp, {"zeta": zeta, "alpha": alpha})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.01),
    loss={"zeta": "mse", "alpha": "mae"},
)
model.fit(x, {"zeta": y_zeta, "alpha": y_alpha}, batch_size=N, epochs=2, verbose=0)
for name in ["zeta", "alpha", "hidden"]:
    layer = model.get_layer(name)
    print(name, layer.units, [r(w) for w in layer.get_weights()])
