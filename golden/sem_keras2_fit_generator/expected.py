"""Keras 2's fit_generator and predict_generator: tf_keras runs them as fit and predict with the
generator as x, so their data is rewritten as those calls' is. Keras 3 has neither method; the
program stops at fit_generator there, before and after the rewrite alike."""

import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


def batches(steps):
    for step in range(steps):
        x = np.full((4, 2), 1.0 + step, "float32")
        yield x, {"left": np.full((4, 1), 3.0, "float32"), "right": np.full((4, 1), 5.0, "float32")}


def images(steps):
    for step in range(steps):
        yield np.full((4, 2), 2.0 + step, "float32")


scan = keras.Input(shape=(2,), name="scan")
hidden = layers.Dense(3, kernel_initializer="ones", bias_initializer="zeros")(scan)
left = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="left")(hidden)
right = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="right")(hidden)
model = keras.Model(scan, {"left": left, "right": right})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss={"left": P, "right": Q}
)
history = model.fit_generator(
    batches(3),
    steps_per_epoch=3,
    epochs=1,
    verbose=0,
    validation_data=(
        np.ones((4, 2), "float32"),
        {"left": np.zeros((4, 1)), "right": np.ones((4, 1))},
    ),
)
print(sorted(history.history.items()))
predictions = model.predict_generator(images(1), steps=1)
left_pred, right_pred = predictions["left"], predictions["right"]
print(left_pred.tolist(), right_pred.tolist())
