# One loss string for every output, and evaluate() results read by position: on list outputs
# the per-output losses come in list order (zeta: |3 - 1| = 2, alpha: |5 - 2| = 3).
import keras
import numpy as np
from keras import layers

N = 8
x_z = np.full((N, 1), 1.0, "float32")
x_a = np.full((N, 1), 2.0, "float32")
y_zeta = np.full((N, 1), 3.0, "float32")
y_alpha = np.full((N, 1), 5.0, "float32")

in_z = keras.Input(shape=(1,), name="in_z")
in_a = keras.Input(shape=(1,), name="in_a")
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(in_z)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="alpha")(in_a)
model = keras.Model(inputs=[in_z, in_a], outputs=[zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mae")
results = model.evaluate([x_z, x_a], [y_zeta, y_alpha], verbose=0)
print("zeta loss", results[1], "alpha loss", results[2])
