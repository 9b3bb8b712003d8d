# compile(optimizer, loss) passed positionally: model.compile("sgd", [P, Q]).
import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


def mP(y_true, y_pred):
    return 100.0 + 10.0 * y_true + y_pred


def mQ(y_true, y_pred):
    return 200.0 + 10.0 * y_true + y_pred


N = 8
x_z = np.linspace(1.0, 2.0, N, dtype="float32").reshape(N, 1)
x_a = np.linspace(2.0, 3.0, N, dtype="float32").reshape(N, 1)
y_zeta = np.full((N, 1), 3.0, "float32")
y_alpha = np.full((N, 1), 5.0, "float32")

in_z = keras.Input(shape=(1,), name="in_z")
in_a = keras.Input(shape=(1,), name="in_a")
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(in_z)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="alpha")(in_a)
model = keras.Model({"in_z": in_z, "in_a": in_a}, {"zeta": zeta, "alpha": alpha})
model.compile("sgd", {"zeta": P, "alpha": Q})
model.fit(
    {"in_z": x_z, "in_a": x_a},
    {"zeta": y_zeta, "alpha": y_alpha},
    epochs=2,
    batch_size=4,
    shuffle=False,
    verbose=0,
)
model.evaluate(
    {"in_z": x_z, "in_a": x_a},
    {"zeta": y_zeta, "alpha": y_alpha},
    batch_size=N,
    verbose=0,
)
print([round(float(w), 4) for w in np.ravel(model.get_layer("zeta").get_weights()[0])])
