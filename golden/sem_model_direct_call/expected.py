# Calling the model directly, model(x), and predict_on_batch, and reading results by position.
import keras
import numpy as np
from keras import layers

N = 4
x_z = np.arange(N, dtype="float32").reshape(N, 1)
x_a = np.arange(N, dtype="float32").reshape(N, 1) + 100.0

in_z = keras.Input(shape=(1,), name="in_z")
in_a = keras.Input(shape=(1,), name="in_a")
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(in_z)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="alpha")(in_a)
model = keras.Model(
    inputs={"in_z": in_z, "in_a": in_a}, outputs={"zeta": zeta, "alpha": alpha}
)

out = model({"in_z": x_z, "in_a": x_a}, training=False)
print(
    "call", float(np.asarray(out["zeta"]).sum()), float(np.asarray(out["alpha"]).sum())
)
outputs_1 = model({"in_z": x_z, "in_a": x_a})
z, a = outputs_1["zeta"], outputs_1["alpha"]
print("unpack", float(np.asarray(z).sum()), float(np.asarray(a).sum()))
batch = model.predict_on_batch({"in_z": x_z, "in_a": x_a})
print("on_batch", float(batch["alpha"].sum()))
