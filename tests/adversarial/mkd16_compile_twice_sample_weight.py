# Probes MKD016: the model is compiled twice, first with one loss and a weights list, then
# with a loss list; fit passes a sample_weight list and evaluate's list result is printed.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
sw = np.arange(1, N + 1, dtype="float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mae", loss_weights=[2.0, 0.5])
hist = model.fit(x, [x * 3, x * 5], sample_weight=[sw, sw * 0 + 1], batch_size=N, verbose=0)
print(sorted((k, [round(v, 3) for v in vs]) for k, vs in hist.history.items()))
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mae", "mse"])
logs = model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
