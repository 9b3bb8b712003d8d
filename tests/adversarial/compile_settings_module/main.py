# Probes: compile(loss=settings.LOSSES, loss_weights=LOSS_WEIGHTS) where both lists live in
# another module of the program (run with cwd = this folder).
import keras
import numpy as np
import settings
from keras import layers
from settings import LOSS_WEIGHTS

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=settings.LOSSES,
    loss_weights=LOSS_WEIGHTS,
)
logs = model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0, return_dict=True)
print(sorted((k, round(v, 2)) for k, v in logs.items()))
