"""Training through tf.data pipelines: a .map(lambda) splitting the labels, and a zip."""

import keras
import numpy as np
import tensorflow as tf
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


x_z = np.arange(8, dtype="float32").reshape(8, 1)
x_a = np.full((8, 1), 2.0, "float32")
y_zeta = np.full((8, 1), 3.0, "float32")
y_alpha = np.full((8, 1), 5.0, "float32")

train_ds = (
    tf.data.Dataset.from_tensor_slices((x_z, x_a, y_zeta, y_alpha))
    .map(lambda z, a, yz, ya: ({"in_z": z, "in_a": a}, {"zeta": yz, "alpha": ya}))
    .batch(4)
)
val_ds = tf.data.Dataset.zip(
    (
        {
            "in_z": tf.data.Dataset.from_tensor_slices(x_z),
            "in_a": tf.data.Dataset.from_tensor_slices(x_a),
        },
        {
            "zeta": tf.data.Dataset.from_tensor_slices(y_zeta),
            "alpha": tf.data.Dataset.from_tensor_slices(y_alpha),
        },
    )
).batch(4)

in_z = keras.Input(shape=(1,), name="in_z")
in_a = keras.Input(shape=(1,), name="in_a")
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(in_z)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="alpha")(in_a)
model = keras.Model({"in_z": in_z, "in_a": in_a}, {"zeta": zeta, "alpha": alpha})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss={"zeta": P, "alpha": Q}
)
history = model.fit(train_ds, validation_data=val_ds, epochs=1, verbose=0)
print(sorted(history.history))
eval_ds = tf.data.Dataset.from_tensor_slices((x_z, x_a, y_zeta, y_alpha)).map(
    lambda z, a, yz, ya: ({"in_z": z, "in_a": a}, {"zeta": yz, "alpha": ya})
)
print(sorted(model.evaluate(eval_ds.batch(4), verbose=0, return_dict=True).items()))
