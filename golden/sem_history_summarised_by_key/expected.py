# The history and the evaluate() logs are read only by key, through helpers of the program:
# a dict comprehension over `history.history.items()` written with `sort_keys=True`, looped
# over `sorted(...)` and returned to a caller that reads it by key; a helper that sorts a
# dict argument and returns anything else as it is. Heads whose names do not sort in list
# order (zeta, alpha): migrated, with the same output on every Keras.
import json
import operator

import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


def summarise(history):
    summary = {key: round(float(values[-1]), 3) for key, values in history.history.items()}
    print(json.dumps(summary, sort_keys=True))
    for key, value in sorted(summary.items()):
        print(key, value)
    return summary


def shown(values):
    if isinstance(values, dict):
        return sorted((k, round(float(v), 3)) for k, v in values.items())
    return np.round(np.asarray(values, "float64"), 3).tolist()


N = 4
x_z = np.full((N, 1), 1.0, "float32")
x_a = np.full((N, 1), 2.0, "float32")
y_zeta = np.full((N, 1), 3.0, "float32")
y_alpha = np.full((N, 1), 5.0, "float32")

in_z = keras.Input(shape=(1,), name="in_z")
in_a = keras.Input(shape=(1,), name="in_a")
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(in_z)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="alpha")(in_a)
model = keras.Model(
    inputs={"in_z": in_z, "in_a": in_a}, outputs={"zeta": zeta, "alpha": alpha}
)
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss={"zeta": P, "alpha": Q}
)
result = summarise(
    model.fit(
        {"in_z": x_z, "in_a": x_a},
        {"zeta": y_zeta, "alpha": y_alpha},
        batch_size=N,
        epochs=2,
        verbose=0,
    )
)
print(result["loss"], len(result), "loss" in result)
print(
    "evaluate",
    shown(
        model.evaluate(
            {"in_z": x_z, "in_a": x_a},
            {"zeta": y_zeta, "alpha": y_alpha},
            verbose=0,
            return_dict=True,
        )
    ),
)
print(
    "predict",
    shown(
        list(
            operator.itemgetter("zeta", "alpha")(
                model.predict({"in_z": x_z, "in_a": x_a}, verbose=0)
            )
        )
    ),
)
