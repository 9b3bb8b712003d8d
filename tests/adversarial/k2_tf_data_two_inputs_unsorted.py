# Probes: a tf.data pipeline of ((x_z, x_a), (y1, y2)) for two Inputs not in sorted order.
import keras
import numpy as np
import tensorflow as tf
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
zin = keras.Input(shape=(1,), name="zin")
ain = keras.Input(shape=(1,), name="ain")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(zin)
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(ain)
model = keras.Model([zin, ain], [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
data = tf.data.Dataset.from_tensor_slices(((x, x * 2), (x * 3, x * 5))).batch(N)
model.fit(data, verbose=0)
logs = model.evaluate(data, verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
