# A builder with unnamed heads is called twice. Its hidden layer is built before the heads,
# but the second call builds it again after the first call's heads: dense_3 in the second
# model, and dense_1 once the heads are named. The file prints the second model's layer
# names, so the tool leaves the model as it is (MKD128).
import keras
import numpy as np
from keras import layers


def build():
    inp = keras.Input(shape=(2,), name="inp")
    h = layers.Dense(2, kernel_initializer="ones")(inp)
    alpha = layers.Dense(1, kernel_initializer="ones")(h)
    beta = layers.Dense(1, kernel_initializer="zeros")(h)
    return keras.Model(inp, [alpha, beta])


N = 8
x = np.full((N, 2), 1.0, "float32")
first = build()
first.compile(optimizer="sgd", loss=["mse", "mae"])
first.fit(x, [x[:, :1], x[:, :1]], batch_size=N, verbose=0)
second = build()
print([layer.name for layer in second.layers])
