"""The outputs are a dict already, the inputs a list: the inputs migrate, and the flat metrics
list stays as written (MKD015), so it pairs as before on every version (Keras 3: in the dict's
sorted-key order, Keras 2: every metric on every output), keys out of order or not."""

import keras
import numpy as np
from keras import layers

N = 8
x_a = np.linspace(0.0, 1.0, N, dtype="float32").reshape(N, 1)
x_b = np.linspace(1.0, 2.0, N, dtype="float32").reshape(N, 1)
y_zeta = np.full((N, 1), 3.0, "float32")
y_alpha = np.full((N, 1), 1.0, "float32")

a = keras.Input(shape=(1,), name="a")
b = keras.Input(shape=(1,), name="b")
h = layers.Concatenate()([a, b])
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(h)
alpha = layers.Dense(1, kernel_initializer="zeros", name="alpha")(h)
model = keras.Model([a, b], {"zeta": zeta, "alpha": alpha})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"zeta": "mse", "alpha": "mae"},
    metrics=["mae", "mse"],
)
y = {"zeta": y_zeta, "alpha": y_alpha}
history = model.fit([x_a, x_b], y, batch_size=N, epochs=1, verbose=0)
print(sorted((k, round(float(v[0]), 4)) for k, v in history.history.items()))
print(model.evaluate([x_a, x_b], y, batch_size=N, verbose=0, return_dict=True))
