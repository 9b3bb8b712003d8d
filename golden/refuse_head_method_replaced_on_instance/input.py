"""maker.head is replaced on the instance in __init__ by a method that gives each head the
other one's name: the layers are named otherwise than head() reads."""

import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


class HeadMaker:
    def __init__(self, bias):
        self.bias = bias
        self.head = self.swapped_head

    def swapped_head(self, x, name):
        other = {"main": "aux", "aux": "main"}[name]
        return layers.Dense(
            1, kernel_initializer="ones", bias_initializer=self.bias, name=f"{other}_head"
        )(x)

    def head(self, x, name):
        return layers.Dense(
            1, kernel_initializer="ones", bias_initializer=self.bias, name=f"{name}_head"
        )(x)


N = 8
x = np.full((N, 2), 1.0, "float32")
y_main = np.full((N, 1), 3.0, "float32")
y_aux = np.full((N, 1), 5.0, "float32")

maker = HeadMaker("zeros")
image = keras.Input(shape=(2,), name="image")
trunk = layers.Dense(3, kernel_initializer="ones", bias_initializer="zeros")(image)
main = maker.head(trunk, "main")
aux = maker.head(trunk, name="aux")
model = keras.Model(image, [main, aux])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
history = model.fit(x, [y_main, y_aux], batch_size=N, epochs=1, verbose=0)
print(sorted(history.history.items()))
