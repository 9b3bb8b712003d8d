# Consumers of predict(): indexing with 0 and -1, and unpacking into two names.
import keras
import numpy as np
from keras import layers

N = 6
x_z = np.arange(N, dtype="float32").reshape(N, 1)
x_a = np.arange(N, dtype="float32").reshape(N, 1) * 10.0

in_z = keras.Input(shape=(1,), name="in_z")
in_a = keras.Input(shape=(1,), name="in_a")
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(in_z)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="alpha")(in_a)
model = keras.Model(
    inputs={"in_z": in_z, "in_a": in_a}, outputs={"zeta": zeta, "alpha": alpha}
)
model.compile(optimizer="sgd", loss={"zeta": "mse", "alpha": "mae"})

preds = model.predict({"in_z": x_z, "in_a": x_a}, verbose=0)
first = preds["zeta"]
last = preds["alpha"]
predictions = model.predict({"in_z": x_z, "in_a": x_a}, batch_size=2, verbose=0)
z_pred, a_pred = predictions["zeta"], predictions["alpha"]
print("first", first.ravel().tolist())
print("last", last.ravel().tolist())
print("unpacked", z_pred.sum(), a_pred.sum())
print("direct", model.predict({"in_z": x_z, "in_a": x_a}, verbose=0)["alpha"].sum())
