# Probes: a tf.data dataset yielding (x, (y1, y2), (w1, w2)) tuples.
import keras
import numpy as np
import tensorflow as tf
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])

model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
w = np.array([1.0, 0.0, 2.0, 1.0], "float32")
data = tf.data.Dataset.from_tensor_slices((x, (x * 3, x * 5), (w, w * 2))).batch(N)
logs = model.evaluate(data, verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
