# A dict loss beside a list loss_weights on a list-output model whose output names do not sort
# in list order: Keras 3.5/3.6 pair the loss dict in sorted-key order, 3.4.1 raises for the list
# weights; migrated, both are keyed by name (MKD006 says what that changes there).
import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


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
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"alpha": Q, "zeta": P},
    loss_weights={"zeta": 1.0, "alpha": 0.5},
)
model.fit(
    {"in_z": x_z, "in_a": x_a},
    {"zeta": y_zeta, "alpha": y_alpha},
    epochs=1,
    batch_size=N,
    verbose=0,
)
model.evaluate(
    {"in_z": x_z, "in_a": x_a},
    {"zeta": y_zeta, "alpha": y_alpha},
    batch_size=N,
    verbose=0,
)
model.evaluate(
    {"in_z": x_z, "in_a": x_a},
    {"zeta": y_zeta, "alpha": y_alpha},
    batch_size=N,
    verbose=0,
    return_dict=True,
)
