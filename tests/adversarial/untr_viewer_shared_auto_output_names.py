# Probes: a viewer left as written (MKD014) shares the migrated model's unnamed output layers,
# which the migration names; it prints its layers' names through a comprehension.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
a_out = layers.Dense(1, kernel_initializer="ones")(inp)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones")(inp)
model = keras.Model(inp, [a_out, b_out])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
model.fit(x, [x * 3, x * 5], batch_size=N, verbose=0)

viewer = keras.Model(inp, [layer.output for layer in model.layers[1:]])
acts = viewer.predict(x, verbose=0)
print([w.path for w in viewer.weights])
