# Probes: a generator of ([x_z, x_a], [y1, y2]) for two Inputs not in sorted order.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
zin = keras.Input(shape=(1,), name="zin")
ain = keras.Input(shape=(1,), name="ain")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(zin)
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(ain)
model = keras.Model([zin, ain], [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])


def batches():
    while True:
        yield [x, x * 2], [x * 3, x * 5]


model.fit(batches(), steps_per_epoch=1, verbose=0)
logs = model.evaluate(batches(), steps=1, verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
