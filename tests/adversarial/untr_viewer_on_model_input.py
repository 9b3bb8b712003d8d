# Probes: an activation viewer built on the migrated model's `.input` (a dict once migrated)
# is left as written (MKD014) and predicts with a list in the Inputs' order, which is not
# their sorted order.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
b_in = keras.Input(shape=(1,), name="b_in")
a_in = keras.Input(shape=(1,), name="a_in")
hidden = layers.Dense(1, kernel_initializer="ones", name="hidden")(b_in)
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(a_in)
model = keras.Model([b_in, a_in], [hidden, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
model.fit([x, x * 2], [x * 3, x * 5], batch_size=N, verbose=0)

viewer = keras.Model(model.input, [layer.output for layer in model.layers[2:]])
print([np.round(a, 3).tolist() for a in viewer.predict([x, x * 7], verbose=0)])
