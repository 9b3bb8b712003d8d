# The heads of the first model are unnamed (dense_1, dense_2) and would get names from the
# tool. Layers built afterwards but never called on a tensor here (a Sequential's list, one
# added with `add`, one stored for later) are numbered after them: dense_3, dense_4,
# dense_5, dense_6. Naming the heads would make them dense_1 ... dense_4, and the file
# prints those names. A Sequential stops the tool from working the names out, so it leaves
# the model as it is (MKD128) rather than change what the program prints.
import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


N = 8
x = np.full((N, 2), 1.0, "float32")
y_a = np.full((N, 1), 3.0, "float32")
y_b = np.full((N, 1), 5.0, "float32")

inp = keras.Input(shape=(2,), name="inp")
h = layers.Dense(2, kernel_initializer="ones")(inp)
up = layers.Dense(1, kernel_initializer="ones")(h)
down = layers.Dense(1, kernel_initializer="zeros", bias_initializer="ones")(h)
model = keras.Model(inp, [up, down])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
model.fit(x, [y_a, y_b], batch_size=N, verbose=0)

encoder = keras.Sequential([layers.Dense(2), layers.Dense(1)])
decoder = keras.Sequential()
decoder.add(layers.Dense(2))
head = layers.Dense(1)
print([layer.name for layer in encoder.layers], decoder.layers[0].name, head.name)
