# Probes: naming the Inputs frees Keras 2's input_N numbers; a later model is fed a dict keyed
# by its automatic Input name (Keras 2 matches dict x by Input name).
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
first = keras.Input(shape=(1,))
second = keras.Input(shape=(1,))
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(layers.concatenate([first, second]))
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(second)
model = keras.Model([first, second], [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
model.fit([x, x * 2], [x * 3, x * 5], batch_size=N, verbose=0)

other_in = keras.Input(shape=(1,))
other = keras.Model(other_in, layers.Dense(1, kernel_initializer="ones", name="single")(other_in))
print(other.predict({"input_3": x}, verbose=0).ravel().tolist())
