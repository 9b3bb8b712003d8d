# One loss the tool can prove is one value, in the forms it accepts: a loss class of this
# file (registered with Keras), a call of a factory of this file whose returns are
# functions, functools.partial.
# Each is broadcast to both outputs before and after the rewrite.
import functools

import keras
import numpy as np
from keras import layers


@keras.saving.register_keras_serializable(package="golden")
class Offset(keras.losses.Loss):
    def __init__(self, offset, **kwargs):
        super().__init__(**kwargs)
        self.offset = offset

    def call(self, y_true, y_pred):
        return self.offset + 10.0 * y_true + y_pred


def scaled(factor):
    def loss(y_true, y_pred):
        return factor * (10.0 * y_true + y_pred)

    return loss


def shifted(y_true, y_pred, shift=0.0):
    return shift + 10.0 * y_true + y_pred


N = 8
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
sgd = keras.optimizers.SGD(learning_rate=0.0)
model.compile(optimizer=sgd, loss=Offset(1000.0))
print(
    "offset",
    model.fit(
        {"in_z": x_z, "in_a": x_a},
        {"zeta": y_zeta, "alpha": y_alpha},
        batch_size=N,
        verbose=0,
    ).history["loss"],
)
model.compile(optimizer=sgd, loss=scaled(2.0), loss_weights=0.5)
print(
    "scaled",
    model.fit(
        {"in_z": x_z, "in_a": x_a},
        {"zeta": y_zeta, "alpha": y_alpha},
        batch_size=N,
        verbose=0,
    ).history["loss"],
)
model.compile(optimizer=sgd, loss=functools.partial(shifted, shift=3000.0))
print(
    "partial",
    model.fit(
        {"in_z": x_z, "in_a": x_a},
        {"zeta": y_zeta, "alpha": y_alpha},
        batch_size=N,
        verbose=0,
    ).history["loss"],
)
