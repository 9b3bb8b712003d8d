# Probes: the layer names of a model built AFTER the migrated one, where the migration names
# the migrated model's Inputs. Named Inputs take no slot of the input_layer counter, so the
# later model's unnamed Input goes from input_layer_2 to input_layer; printed through
# `layer.name`, the program's output changes.
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

probe_in = keras.Input(shape=(1,))
probe = keras.Model(probe_in, layers.Dense(1, name="probe_out")(probe_in))
print([layer.name for layer in probe.layers])
