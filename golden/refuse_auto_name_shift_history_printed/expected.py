# Two models in one file. The first one's output layers are unnamed (dense, dense_1) and would
# get names from the tool. The second model is left alone (its labels come from a function),
# and its unnamed output layers were created after the first model's: Keras numbers automatic
# names per class, so they are dense_2 / dense_3, and naming the first model's layers would
# make them dense / dense_1. The file prints the second model's log keys, so the tool leaves
# the first model as it is (MKD128) rather than change what the program prints.
import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


N = 8
x_z = np.full((N, 1), 1.0, "float32")
x_a = np.full((N, 1), 2.0, "float32")
y_zeta = np.full((N, 1), 3.0, "float32")
y_alpha = np.full((N, 1), 5.0, "float32")

inp = keras.Input(shape=(1,), name="inp")
age = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros")(inp)
gender = layers.Dense(1, kernel_initializer="zeros", bias_initializer="ones")(inp)
first = keras.Model(inputs=inp, outputs=[age, gender])
first.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
first.fit(x_z, [y_zeta, y_alpha], batch_size=N, verbose=0)


def labels():
    return [y_zeta, y_alpha]


other_in = keras.Input(shape=(1,), name="other_in")
other_a = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros")(other_in)
other_b = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones")(other_in)
second = keras.Model(other_in, [other_a, other_b])
second.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
history = second.fit(x_a, labels(), batch_size=N, verbose=0)
print(sorted(history.history))
