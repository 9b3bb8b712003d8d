# The generator reads its labels list by position (`labels[0]`) before it yields it, and it
# feeds two data calls, the training and the validation data (the usual fit_generator code).
# Turning `labels` into a dict breaks that read (KeyError: 0, measured on Keras 3.15): it must
# refuse, as it does when the generator feeds one call. Each call counts the literal once, so
# two calls match its two uses (the read and the yield) and the other use goes unseen.
import keras
import numpy as np
from keras import layers


def batches(steps):
    for step in range(steps):
        labels = [np.full((4, 1), 3.0), np.full((4, 1), 5.0)]
        print(step, labels[0].shape)
        yield np.full((4, 2), 1.0 + step), labels


scan = keras.Input(shape=(2,), name="scan")
zeta = layers.Dense(1, name="zeta")(scan)
alpha = layers.Dense(1, name="alpha")(scan)
model = keras.Model(scan, [zeta, alpha])
model.compile(optimizer="sgd", loss=["mse", "mae"])
model.fit(batches(2), steps_per_epoch=2, validation_data=batches(1), verbose=0)
