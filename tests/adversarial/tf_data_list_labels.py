# Probes: a tf.data pipeline whose labels are a Python LIST: tf.data stacks it into one tensor,
# so a list -> dict rewrite inside the element would change the data.
import tensorflow as tf
import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
ds = tf.data.Dataset.from_tensors((x, [x * 3, x * 5]))
try:
    logs = model.evaluate(ds, verbose=0, return_dict=True)
    print(sorted((k, round(v, 2)) for k, v in logs.items()))
except Exception as error:
    print("stacked labels rejected:", type(error).__name__)
