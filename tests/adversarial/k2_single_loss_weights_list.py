# Probes: one loss with a loss_weights list (Keras 2 and 3.4-3.6 accept it, 3.7+ raise):
# given to each output by name (MKD016), it must mean the same where the original runs.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])

model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mse", loss_weights=[1.0, 3.0]
)
logs = model.evaluate(x, [x * 3, x * 5], verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
