"""Training through a Python generator that yields (x, (y_zeta, y_alpha)) tuples."""

import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


def batches(steps):
    for step in range(steps):
        x_z = np.full((4, 1), 1.0 + step, "float32")
        x_a = np.full((4, 1), 2.0, "float32")
        y_zeta = np.full((4, 1), 3.0, "float32")
        y_alpha = np.full((4, 1), 5.0, "float32")
        yield {"in_z": x_z, "in_a": x_a}, {"zeta": y_zeta, "alpha": y_alpha}


in_z = keras.Input(shape=(1,), name="in_z")
in_a = keras.Input(shape=(1,), name="in_a")
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(in_z)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="alpha")(in_a)
model = keras.Model({"in_z": in_z, "in_a": in_a}, {"zeta": zeta, "alpha": alpha})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss={"zeta": P, "alpha": Q}
)
history = model.fit(batches(3), steps_per_epoch=3, epochs=1, verbose=0)
print(sorted(history.history))
print(sorted(model.evaluate(batches(2), steps=2, verbose=0, return_dict=True).items()))
