# Probes: an output variable named `val`: its log key `val_loss` is also the validation loss.
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
val = layers.Dense(1, kernel_initializer="ones")(inp)
other = layers.Dense(1, kernel_initializer="ones")(inp)
model = keras.Model(inp, [val, other])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
history = model.fit(
    x, [x * 3, x * 5], validation_data=(x, [x * 3, x * 7]), batch_size=N, verbose=0
)
print("val_loss", [round(v, 2) for v in history.history["val_loss"]])
