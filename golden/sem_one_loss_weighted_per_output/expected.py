# Keras 2's guide style: one loss for every output, weighted per output by a list. Keras 2
# and 3.4-3.6 give each output the loss, weighted by position; 3.7+ raises for it. Migrated,
# the loss is given to each output by name (MKD016), which every version reads alike.
import keras
import numpy as np
from keras import layers


def scaled_mse(y_true, y_pred):
    return (y_true - y_pred) ** 2 * 2.0


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
    optimizer=keras.optimizers.SGD(learning_rate=0.01),
    loss={"zeta": "mse", "alpha": "mse"},
    loss_weights={"zeta": 1.0, "alpha": 0.25},
)
history = model.fit(
    {"in_z": x_z, "in_a": x_a},
    {"zeta": y_zeta, "alpha": y_alpha},
    epochs=2,
    batch_size=N,
    verbose=0,
)
print("loss:", [round(v, 5) for v in history.history["loss"]])
scores = model.evaluate(
    {"in_z": x_z, "in_a": x_a},
    {"zeta": y_zeta, "alpha": y_alpha},
    batch_size=N,
    verbose=0,
    return_dict=True,
)
print("evaluate loss:", round(scores["loss"], 5))
predictions_1 = model.predict({"in_z": x_z, "in_a": x_a}, verbose=0)
z_pred, a_pred = predictions_1["zeta"], predictions_1["alpha"]
print("predictions:", round(float(z_pred.mean()), 5), round(float(a_pred.mean()), 5))

heads = keras.Model(
    inputs={"in_z": in_z, "in_a": in_a}, outputs={"zeta": zeta, "alpha": alpha}
)
heads.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.01),
    loss={"zeta": scaled_mse, "alpha": scaled_mse},
    loss_weights={"zeta": 0.5, "alpha": 2.0},
)
history = heads.fit(
    {"in_z": x_z, "in_a": x_a},
    {"zeta": y_zeta, "alpha": y_alpha},
    epochs=2,
    batch_size=N,
    verbose=0,
)
print("custom loss:", [round(v, 5) for v in history.history["loss"]])
