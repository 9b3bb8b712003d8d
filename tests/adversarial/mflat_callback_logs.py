# Probes: a flat metrics list kept (MKD015); a callback class prints every log it receives.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")


class Show(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        print(sorted((k, round(float(v), 3)) for k, v in (logs or {}).items()))


inp = keras.Input(shape=(1,), name="x")
a_out = layers.Dense(1, kernel_initializer="ones", name="a_out")(inp)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="b_out")(inp)
model = keras.Model(inp, [a_out, b_out])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"], metrics=["mae", "mse"]
)
model.fit(x, [x * 3, x * 5], batch_size=N, epochs=2, verbose=0, callbacks=[Show()])
