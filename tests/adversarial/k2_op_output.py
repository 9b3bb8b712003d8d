# Probes: an output made by an operator (Keras 2 names it tf.math.multiply, Keras 3 multiply).
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
doubled = zeta * 2.0
model = keras.Model(inp, [zeta, doubled])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
logs = model.evaluate(x, [x * 3, x * 5], verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
