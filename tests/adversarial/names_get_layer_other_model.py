# Probes: get_layer("dense_3") on ANOTHER model of the script. Naming the first model's heads
# frees the automatic names dense/dense_1, so the second model's layers become dense/dense_1.
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
age = layers.Dense(1, kernel_initializer="ones")(inp)
income = layers.Dense(1, kernel_initializer="ones")(inp)
model = keras.Model(inp, [age, income])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
model.fit(x, [x * 3, x * 5], batch_size=N, verbose=0)

probe_in = keras.Input(shape=(1,), name="probe_in")
hidden = layers.Dense(2, kernel_initializer="ones")(probe_in)
probe_out = layers.Dense(1, kernel_initializer="zeros", bias_initializer="ones")(hidden)
probe = keras.Model(probe_in, probe_out)
print("probe head bias", probe.get_layer("dense_3").get_weights()[1].tolist())
