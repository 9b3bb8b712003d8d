# Probes: ModelCheckpoint(monitor="val_dense_loss", save_best_only=True) with unnamed heads: a
# monitor key that disappears makes Keras skip saving.
import os
import tempfile

import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
age = layers.Dense(1, kernel_initializer="ones")(inp)
income = layers.Dense(1, kernel_initializer="ones")(inp)
model = keras.Model(inp, [age, income])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
folder = tempfile.mkdtemp()
path = os.path.join(folder, "best.weights.h5")
save = keras.callbacks.ModelCheckpoint(
    path, monitor="val_dense_loss", mode="min", save_best_only=True, save_weights_only=True
)
model.fit(
    x, [x * 3, x * 5], validation_data=(x, [x * 3, x * 5]), batch_size=N, callbacks=[save], verbose=0
)
print("checkpoint written", os.path.exists(path), "best", save.best)
