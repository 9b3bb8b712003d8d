import numpy as np
import keras
from keras import layers


class Report(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        # the tool cannot see this use of the model it migrates
        p_a, p_b = self.model.predict(np.ones((2, 1)), verbose=0)
        print("head_a mean:", p_a.mean(), "head_b mean:", p_b.mean())


inp = keras.Input(shape=(1,), name="inp")
head_a = layers.Dense(1, kernel_initializer="ones")(inp)
head_b = layers.Dense(1, kernel_initializer="zeros")(inp)
model = keras.Model(inputs=inp, outputs=[head_a, head_b])
model.compile(optimizer=keras.optimizers.SGD(0.0), loss=["mse", "mse"])
model.fit(np.ones((2, 1)), [np.ones((2, 1)), np.ones((2, 1))], epochs=1, verbose=0, callbacks=[Report()])
