# Probes: a later model outputs its own unnamed Input through `.input` of a sub-model; naming
# the first model's Inputs renumbers it, and the later model's log keys spell its name.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
first = keras.Input(shape=(1,))
second = keras.Input(shape=(1,))
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(first)
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(second)
model = keras.Model([first, second], [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
model.fit([x, x * 2], [x * 3, x * 5], batch_size=N, verbose=0)

later = keras.Input(shape=(1,))
encoder = keras.Model(later, layers.Dense(1, kernel_initializer="ones", name="enc")(later))
other = keras.Model(encoder.input, [encoder.output, encoder.input])
other.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mse")
logs = other.evaluate(x, [x * 3, x * 2], verbose=0, return_dict=True)
print(sorted(logs))
