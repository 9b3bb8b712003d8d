import numpy as np
import keras
from keras import layers

inp = keras.Input(shape=(1,), name="inp")
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros")(inp)
alpha = layers.Dense(1, kernel_initializer=keras.initializers.Constant(2.0), bias_initializer="zeros")(inp)


class Trainer:
    # class attribute: its uses are `self.model...`, which the tool does not see
    model = keras.Model(inputs=inp, outputs=[zeta, alpha])

    def run(self):
        self.model.compile(optimizer=keras.optimizers.SGD(0.0), loss=["mse", "mae"])
        x = np.ones((4, 1))
        y = [3 * np.ones((4, 1)), 5 * np.ones((4, 1))]
        return self.model.evaluate(x, y, verbose=0)


print(Trainer().run())
