# A callbacks module of a two-file program: evaluates list data through self.model.
import keras
import numpy as np

N = 4
X = np.full((N, 1), 1.0, "float32")


class Report(keras.callbacks.Callback):
    def on_train_end(self, logs=None):
        values = self.model.evaluate(X, [X * 3, X * 5], batch_size=N, verbose=0)
        print("callback", [round(v, 2) for v in values])
