# Probes: predict_generator (Keras 2 only) result indexed by position.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])

model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])


def only_x():
    while True:
        yield x


preds = model.predict_generator(only_x(), steps=1)
print(preds[0].ravel().tolist(), preds[1].ravel().tolist())
