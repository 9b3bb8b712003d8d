# The tool names the first model's unnamed Inputs, so the Inputs built afterwards get other
# automatic names: input_layer_2 becomes input_layer (input_3 becomes input_1 on Keras 2),
# for a model's Input and for the one a Sequential builds when it first sees data. Nothing in
# the file reads names, so the model is migrated and each of them gets a warning (MKD119).
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
left = keras.Input(shape=(1,))
right = keras.Input(shape=(1,))
joined = layers.Concatenate(name="joined")([left, right])
out = layers.Dense(1, kernel_initializer="ones", name="out")(joined)
model = keras.Model([left, right], out)
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mse")
model.fit([x, x * 2], x * 3, batch_size=N, verbose=0)

probe_in = keras.Input(shape=(1,))
probe_out = layers.Dense(1, kernel_initializer="ones", name="probe_out")(probe_in)
probe = keras.Model(probe_in, probe_out)
stack = keras.Sequential([layers.Dense(1, kernel_initializer="ones", name="stack_out")])
print(float(probe.predict(x, verbose=0)[0, 0]), float(stack.predict(x, verbose=0)[0, 0]))
