# Probes: outputs named `x_out` and `val_x_out`: the training key of one is the validation key
# of the other.
import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
x_out = layers.Dense(1, kernel_initializer="ones")(inp)
val_x_out = layers.Dense(1, kernel_initializer="ones")(inp)
model = keras.Model(inp, [x_out, val_x_out])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
history = model.fit(
    x, [x * 3, x * 5], validation_data=(x, [x * 4, x * 7]), batch_size=N, verbose=0
)
print(sorted((k, round(v[0], 2)) for k, v in history.history.items()))
