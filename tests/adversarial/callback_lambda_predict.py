# Probes: a LambdaCallback whose lambda predicts with list x and reads the result by position.
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
show = keras.callbacks.LambdaCallback(
    on_epoch_end=lambda epoch, logs: print("zeta", model.predict([xz, xa], verbose=0)[0][0].tolist())
)
model.fit([xz, xa], [xz * 3, xa * 5], batch_size=N, callbacks=[show], verbose=0)
