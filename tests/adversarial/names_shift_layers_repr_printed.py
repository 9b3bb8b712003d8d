# Probes: naming the heads frees dense/dense_1, so a later model's unnamed Dense goes from
# dense_2 to dense; that model's `layers` printed (the repr shows the layer's name).
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
a_out = layers.Dense(1, kernel_initializer="ones")(inp)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones")(inp)
model = keras.Model(inp, [a_out, b_out])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
model.fit(x, [x * 3, x * 5], batch_size=N, verbose=0)

other_in = keras.Input(shape=(1,), name="other_in")
other = keras.Model(other_in, layers.Dense(1, kernel_initializer="ones")(other_in))
print(other.layers[1:])
