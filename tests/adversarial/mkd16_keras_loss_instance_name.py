# Probes MKD016: the one loss is a name bound to a Keras loss object with a non-default
# reduction (`MeanSquaredError(reduction="sum")`); broadcast by name, both outputs share it.
import keras
import numpy as np
from keras import layers

N = 4
x = np.arange(1, N + 1, dtype="float32").reshape(N, 1)
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
summed = keras.losses.MeanSquaredError(reduction="sum")
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.01), loss=summed, loss_weights=[1.0, 3.0])
hist = model.fit(x, [x * 3, x * 5], epochs=2, batch_size=2, verbose=0)
print(sorted((k, [round(v, 3) for v in vs]) for k, vs in hist.history.items()))
