# Each branch is built by a static method of a class; a branch reassigns `x` layer by
# layer and returns the last one, which carries the output's name.
import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


N = 8
x_in = np.full((N, 3), 1.0, "float32")
y_shape = np.full((N, 1), 3.0, "float32")
y_tint = np.full((N, 1), 5.0, "float32")


class Branches:
    @staticmethod
    def shape_branch(inputs, width=4):
        x = layers.Dense(width, kernel_initializer="ones")(inputs)
        x = layers.Dense(1, kernel_initializer="ones")(x)
        x = layers.Activation("linear", name="shape_output")(x)
        return x

    @staticmethod
    def tint_branch(inputs):
        x = layers.Dense(1, kernel_initializer="zeros", bias_initializer="ones")(inputs)
        x = layers.Activation("relu", name="tint_output")(x)
        return x


photo = keras.Input(shape=(3,), name="photo")
shape_branch = Branches.shape_branch(photo, width=2)
tint_branch = Branches.tint_branch(photo)
net = keras.Model(
    inputs=photo, outputs={"shape_output": shape_branch, "tint_output": tint_branch}
)
net.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"shape_output": P, "tint_output": Q},
    loss_weights={"shape_output": 1.0, "tint_output": 2.0},
)
history = net.fit(
    x_in, {"shape_output": y_shape, "tint_output": y_tint}, batch_size=N, verbose=0
)
print(sorted(history.history))
print(
    net.evaluate(
        x_in,
        {"shape_output": y_shape, "tint_output": y_tint},
        batch_size=N,
        verbose=0,
        return_dict=True,
    )["loss"]
)
