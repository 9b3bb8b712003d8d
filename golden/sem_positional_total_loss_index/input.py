# The outputs' sorted order differs from list order, but the positional results are read only
# at index 0: the total loss, first on every Keras version whatever the structure.
import keras
import numpy as np
from keras import layers, ops


def P(y_true, y_pred):
    return ops.mean(1000.0 + 10.0 * y_true + y_pred, axis=-1)


def Q(y_true, y_pred):
    return ops.mean(2000.0 + 10.0 * y_true + y_pred, axis=-1)


def mP(y_true, y_pred):
    return ops.mean(100.0 + 10.0 * y_true + y_pred, axis=-1)


def mQ(y_true, y_pred):
    return ops.mean(200.0 + 10.0 * y_true + y_pred, axis=-1)


N = 8
x_1 = np.full((N, 1), 1.0, "float32")
x_2 = np.full((N, 1), 2.0, "float32")
y_1 = np.full((N, 1), 3.0, "float32")
y_2 = np.full((N, 1), 5.0, "float32")

in_z = keras.Input(shape=(1,), name="in_z")
in_a = keras.Input(shape=(1,), name="in_a")
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(in_z)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="alpha")(in_a)
model = keras.Model(inputs=[in_z, in_a], outputs=[zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q], metrics=[[mP], [mQ]])
model.fit([x_1, x_2], [y_1, y_2], batch_size=N, verbose=0)
print("total", model.evaluate([x_1, x_2], [y_1, y_2], verbose=0)[0])
scores = model.test_on_batch([x_1, x_2], [y_1, y_2])
print("test total", scores[0], "again", round(float(scores[0]), 2))
logs = model.evaluate([x_1, x_2], [y_1, y_2], verbose=0, return_dict=True)
print(sorted((k, round(float(v), 2)) for k, v in logs.items()))
