# Probes: two Inputs whose names do not sort in list order, fed lists to fit/predict/call.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
zin = keras.Input(shape=(1,), name="zin")
ain = keras.Input(shape=(1,), name="ain")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(zin)
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(ain)
model = keras.Model([zin, ain], [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
model.fit([x, x * 2], [x * 3, x * 5], batch_size=N, verbose=0)
logs = model.evaluate([x, x * 2], [x * 3, x * 5], verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
z, a = model.predict([x, x * 2], verbose=0)
print(z.ravel().tolist(), a.ravel().tolist())
