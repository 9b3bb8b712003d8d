# Probes: the name of a symbolic tensor built AFTER the migrated model, where the migration
# names the migrated model's Inputs. On Keras 3 an Input's tensor takes the Input's name, and
# only unnamed ones take a number of the keras_tensor counter, so every later tensor's
# automatic name shifts (keras_tensor_4 -> keras_tensor_2), here printed through `.name`.
import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


N = 4
x = np.full((N, 1), 1.0, "float32")
a = keras.Input(shape=(1,))
b = keras.Input(shape=(1,))
joined = layers.Concatenate(name="joined")([a, b])
out = layers.Dense(1, kernel_initializer="ones", name="out")(joined)
model = keras.Model([a, b], out)
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=P)
model.fit([x, x * 2], x * 3, batch_size=N, epochs=1, verbose=0)

probe_in = keras.Input(shape=(1,), name="probe_in")
probe_out = layers.Dense(1, name="probe_out")(probe_in)
print(probe_out.name)
