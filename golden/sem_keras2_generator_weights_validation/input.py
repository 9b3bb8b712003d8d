"""Keras 2's generator methods, in the forms the first case leaves out: the generator passed
as `generator=`, sample weights yielded as a third list, a validation generator, and the
predictions indexed and iterated. The outputs' list order is not their sorted order, so a
list left anywhere would pair by sorted key once they are a dict."""

import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


def batches(steps, weight):
    for step in range(steps):
        x = np.full((4, 2), 1.0 + step, "float32")
        yield (
            x,
            [np.full((4, 1), 3.0, "float32"), np.full((4, 1), 5.0, "float32")],
            [np.full((4,), weight, "float32"), np.full((4,), 2.0 * weight, "float32")],
        )


def images(steps):
    for step in range(steps):
        yield np.full((4, 2), 2.0 + step, "float32")


scan = keras.Input(shape=(2,), name="scan")
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(scan)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(scan)
model = keras.Model(scan, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
history = model.fit_generator(
    generator=batches(2, 1.0),
    steps_per_epoch=2,
    epochs=1,
    verbose=0,
    validation_data=batches(1, 3.0),
    validation_steps=1,
)
print(sorted(history.history.items()))
model.evaluate_generator(batches(1, 2.0), 1)
predictions = model.predict_generator(images(1), 1)
print(predictions[0].tolist(), predictions[1].tolist())
for head in model.predict_generator(images(2), steps=2):
    print(head.sum())
