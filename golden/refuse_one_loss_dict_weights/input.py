# One loss with a dict of weights on list outputs: no version is measured to read it as the
# tool would write it, so the tool leaves it (MKD109).
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
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.01),
    loss="mse",
    loss_weights={"zeta": 1.0, "alpha": 0.25},
)
model.fit([x_z, x_a], [y_zeta, y_alpha], batch_size=N, verbose=0)
