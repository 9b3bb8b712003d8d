# Probes (passed): a loop calls the helper, then defines it again with another body
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
y1 = np.full((N, 1), 3.0, "float32")
y2 = np.full((N, 1), 0.5, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="zeros", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])


def _report(m):
    preds = m.predict(x, verbose=0)
    print(preds[0][0].tolist(), preds[1][0].tolist())


for _ in range(2):
    _report(model)

    def _report(m):
        preds = m.predict(x, verbose=0)
        print("again", preds[1][0].tolist())
