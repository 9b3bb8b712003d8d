import numpy as np
import tensorflow as tf
import keras
from keras import layers


def scale_first_label(fn):
    def wrapped(x, y):
        a, (b, c) = fn(x, y)
        return a, (b * 2.0, c)
    return wrapped


@scale_first_label
def split(x, y):
    return x, (y[0], y[1])


inp = keras.Input((4,))
h = layers.Dense(8)(inp)
out1 = layers.Dense(1, name="o1")(h)
out2 = layers.Dense(1, name="o2")(h)
model = keras.Model(inp, [out1, out2])
model.compile(optimizer="sgd", loss=["mse", "mse"])
x = np.ones((8, 4), "float32")
y = np.ones((8, 2, 1), "float32")
ds = tf.data.Dataset.from_tensor_slices((x, y)).map(split).batch(4)
history = model.fit(ds, epochs=1, verbose=0)
print(sorted(history.history))
