# Probes: naming the Inputs renumbers a later unnamed Input; a later model's `inputs`
# printed (Keras 2's KerasTensor repr names the layer that made it: 'input_3').
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

other_in = keras.Input(shape=(1,))
other = keras.Model(other_in, layers.Dense(1, name="single")(other_in))
print([str(t).split("created by layer")[-1] for t in other.inputs])
