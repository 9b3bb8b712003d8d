# Probes: inputs become a dict, the model is saved with model.save(...), loaded back, and the
# loaded model is called with a LIST in the same program. Input names do not sort in list order.
import os
import tempfile

import keras
import numpy as np
from keras import layers

N = 4
xz = np.full((N, 1), 1.0, "float32")
xa = np.full((N, 1), 2.0, "float32")
in_z = keras.Input(shape=(1,), name="in_z")
in_a = keras.Input(shape=(1,), name="in_a")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(in_z)
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(in_a)
model = keras.Model([in_z, in_a], [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mse"])
model.fit([xz, xa], [xz * 3, xa * 5], batch_size=N, verbose=0)
path = os.path.join(tempfile.mkdtemp(), "model.keras")
model.save(path)
loaded = keras.models.load_model(path)
first, second = loaded.predict([xz, xa], verbose=0)
print("loaded predictions", first[0].tolist(), second[0].tolist())
