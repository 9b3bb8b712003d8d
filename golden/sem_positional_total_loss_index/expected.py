# The outputs' sorted order differs from list order, but the positional results are read only
# at index 0: the total loss, first on every Keras version whatever the structure.
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
x_1 = np.full((N, 1), 1.0, "float32")
x_2 = np.full((N, 1), 2.0, "float32")
y_1 = np.full((N, 1), 3.0, "float32")
y_2 = np.full((N, 1), 5.0, "float32")

in_z = keras.Input(shape=(1,), name="in_z")
in_a = keras.Input(shape=(1,), name="in_a")
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(in_z)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="alpha")(in_a)
model = keras.Model(
    inputs={"in_z": in_z, "in_a": in_a}, outputs={"zeta": zeta, "alpha": alpha}
)
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"zeta": P, "alpha": Q},
    metrics={"zeta": [mP], "alpha": [mQ]},
)
model.fit(
    {"in_z": x_1, "in_a": x_2}, {"zeta": y_1, "alpha": y_2}, batch_size=N, verbose=0
)
print(
    "total",
    model.evaluate({"in_z": x_1, "in_a": x_2}, {"zeta": y_1, "alpha": y_2}, verbose=0)[
        0
    ],
)
print(
    "test total",
    model.test_on_batch({"in_z": x_1, "in_a": x_2}, {"zeta": y_1, "alpha": y_2})[0],
)
logs = model.evaluate(
    {"in_z": x_1, "in_a": x_2}, {"zeta": y_1, "alpha": y_2}, verbose=0, return_dict=True
)
print(sorted((k, round(float(v), 2)) for k, v in logs.items()))
