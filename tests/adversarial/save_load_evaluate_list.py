# Probes: outputs become a dict, the model is saved and loaded, and the loaded model is evaluated
# with LIST labels: a list y on dict outputs is paired in sorted-key order (silently).
import os
import tempfile

import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
model.fit(x, [x * 3, x * 5], batch_size=N, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)
loaded = keras.models.load_model(path, compile=False)
loaded.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
logs = loaded.evaluate(x, [x * 3, x * 7], batch_size=N, verbose=0, return_dict=True)
print("loaded", sorted((k, round(v, 3)) for k, v in logs.items()))
