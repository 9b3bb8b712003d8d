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
model = keras.Model(inputs=[in_z, in_a], outputs=[zeta, alpha])
model.compile(optimizer="sgd", loss=["mse", "mae"])

preds = model.predict([x_z, x_a], verbose=0)
first = preds[0]
last = preds[-1]
z_pred, a_pred = model.predict([x_z, x_a], batch_size=2, verbose=0)
print("first", first.ravel().tolist())
print("last", last.ravel().tolist())
print("unpacked", z_pred.sum(), a_pred.sum())
print("direct", model.predict([x_z, x_a], verbose=0)[1].sum())
