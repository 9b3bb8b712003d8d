# Probes MKD016: the one loss is a name bound to an instance of a Loss class of this file that
# counts its calls; broadcast by name, the same object serves each output as before.
import keras
import numpy as np
from keras import layers, ops


class Counting(keras.losses.Loss):
    def __init__(self):
        super().__init__(name="counting")
        self.calls = 0

    def call(self, y_true, y_pred):
        self.calls += 1
        return ops.mean(ops.square(y_true - y_pred), axis=-1)


N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
counting = Counting()
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=counting,
    loss_weights=[1.0, 3.0],
    run_eagerly=True,
)
logs = model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()), counting.calls)
