"""Dict data on a list model, as older guides wrote it: `x` keyed by the Input names and `y`
by the output names, the model built from lists whose names are not in sorted order (two
inputs of one shape, so nothing raises).
Keras 3.4-3.6 paired the dict `x` in sorted-key order (the title head saw the tags), 3.5/3.6
the dict `y` too; 3.7+ and Keras 2 pair both by name. Migrated, the model is a dict and
every version pairs by name (MKD006)."""

import keras
import numpy as np
from keras import layers

keras.utils.set_random_seed(7)
n = 16
title_data = np.linspace(0.0, 1.0, n * 3, dtype="float32").reshape(n, 3)
tags_data = np.linspace(5.0, 9.0, n * 3, dtype="float32").reshape(n, 3)
zeta_target = np.linspace(0.0, 1.0, n, dtype="float32").reshape(n, 1)
alpha_target = np.linspace(10.0, 20.0, n, dtype="float32").reshape(n, 1)

title = keras.Input(shape=(3,), name="title")
tags = keras.Input(shape=(3,), name="tags")
ones = keras.initializers.Constant(0.1)
t = layers.Dense(4, kernel_initializer=ones)(title)
g = layers.Dense(4, kernel_initializer=keras.initializers.Constant(0.3))(tags)
both = layers.concatenate([t, g])
zeta = layers.Dense(1, name="zeta", kernel_initializer=ones)(both)
alpha = layers.Dense(1, name="alpha", kernel_initializer=ones)(both)
model = keras.Model([title, tags], [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
features = {"title": title_data, "tags": tags_data}
targets = {"zeta": zeta_target, "alpha": alpha_target}
history = model.fit(features, targets, epochs=1, batch_size=n, verbose=0)
print(round(float(history.history["loss"][0]), 3))
