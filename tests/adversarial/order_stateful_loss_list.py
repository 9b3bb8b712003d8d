# Probes: a Loss object whose value depends on its call count, given as a list (one per
# output, no weights); with dict outputs the per-output losses may run in another order.
import keras
import numpy as np
from keras import layers, ops


class Counting(keras.losses.Loss):
    def __init__(self):
        super().__init__(name="counting")
        self.calls = 0

    def call(self, y_true, y_pred):
        self.calls += 1
        return ops.mean(ops.square(y_true - y_pred), axis=-1) * float(self.calls)


N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
counting = Counting()
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=[counting, counting],
    run_eagerly=True,
)
logs = model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()), counting.calls)
