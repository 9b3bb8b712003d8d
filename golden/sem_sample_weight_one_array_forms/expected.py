# One sample_weight array for every output (KERAS_RULES SW5), in forms the tool can prove are
# one array: arithmetic on np.concatenate, a column of a known array, a keras.ops tensor.
# Left as they are while the model is migrated.
import keras
import numpy as np
from keras import layers, ops


def P(y_true, y_pred):
    return ops.mean(1000.0 + 10.0 * y_true + y_pred, axis=-1)


def Q(y_true, y_pred):
    return ops.mean(2000.0 + 10.0 * y_true + y_pred, axis=-1)


N = 8
x_z = np.full((N, 1), 1.0, "float32")
x_a = np.full((N, 1), 2.0, "float32")
y_zeta = np.full((N, 1), 3.0, "float32")
y_alpha = np.full((N, 1), 5.0, "float32")
halves = np.concatenate([np.ones(N // 2), np.zeros(N // 2)]) * 2.0
table = np.random.RandomState(0).rand(N, 3)
columns = np.asarray(table, dtype="float32")

in_z = keras.Input(shape=(1,), name="in_z")
in_a = keras.Input(shape=(1,), name="in_a")
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(in_z)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="alpha")(in_a)
model = keras.Model(
    inputs={"in_z": in_z, "in_a": in_a}, outputs={"zeta": zeta, "alpha": alpha}
)
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss={"zeta": P, "alpha": Q}
)
h1 = model.fit(
    {"in_z": x_z, "in_a": x_a},
    {"zeta": y_zeta, "alpha": y_alpha},
    sample_weight=halves,
    batch_size=N,
    verbose=0,
)
print("halves", h1.history["loss"])
h2 = model.fit(
    {"in_z": x_z, "in_a": x_a},
    {"zeta": y_zeta, "alpha": y_alpha},
    sample_weight=columns[:, 1],
    batch_size=N,
    verbose=0,
)
print("column", h2.history["loss"])
h3 = model.fit(
    {"in_z": x_z, "in_a": x_a},
    {"zeta": y_zeta, "alpha": y_alpha},
    sample_weight=ops.ones((N,)) * 0.5,
    batch_size=N,
    verbose=0,
)
print("ops", h3.history["loss"])
