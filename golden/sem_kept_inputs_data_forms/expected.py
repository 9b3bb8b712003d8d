"""Inputs kept as the list they are filled into, fed in every form a list x comes in: a
generator yielding (x, y, sample_weight) lists, validation_data, predict unpacked, the model
called, train_on_batch with list sample weights. x stays a list everywhere; y and the weights
become dicts of the outputs, whose list order is not their sorted order."""

import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


def batches(steps):
    for step in range(steps):
        yield (
            [np.full((4, 1), 1.0 + step, "float32"), np.full((4, 2), 2.0, "float32")],
            {
                "zeta": np.full((4, 1), 3.0, "float32"),
                "alpha": np.full((4, 1), 5.0, "float32"),
            },
            {
                "zeta": np.full((4,), 1.0, "float32"),
                "alpha": np.full((4,), 2.0, "float32"),
            },
        )


inputs = []
for width in (1, 2):
    inputs.append(keras.Input(shape=(width,)))
h = layers.Concatenate()(inputs)
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(h)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(h)
model = keras.Model(inputs, {"zeta": zeta, "alpha": alpha})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"zeta": P, "alpha": Q},
    metrics={"zeta": ["mae"], "alpha": ["mse"]},
)
xv = [np.full((4, 1), 7.0, "float32"), np.full((4, 2), 1.0, "float32")]
yv = {"zeta": np.full((4, 1), 0.0, "float32"), "alpha": np.full((4, 1), 1.0, "float32")}
history = model.fit(batches(2), steps_per_epoch=2, epochs=1, verbose=0, validation_data=(xv, yv))
print(sorted(history.history.items()))
predictions = model.predict(xv, verbose=0)
a, b = predictions["zeta"], predictions["alpha"]
print(a.tolist(), b.tolist())
print(sorted(model.evaluate(xv, yv, verbose=0, return_dict=True).items()))
out = model(xv)
print(np.asarray(out["zeta"]).tolist())
print(
    sorted(
        model.train_on_batch(
            xv,
            yv,
            sample_weight={"zeta": np.ones(4), "alpha": np.ones(4) * 3},
            return_dict=True,
        ).items()
    )
)
