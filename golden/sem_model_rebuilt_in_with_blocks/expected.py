# Each section builds and compiles `model` inside a `with` block (as under a distribution
# strategy's scope) and trains it after the block; the body of such a `with` runs straight
# through, so each call belongs to the model built just before it.
import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


N = 8
x = np.full((N, 2), 1.0, "float32")
y_a = np.full((N, 1), 3.0, "float32")
y_b = np.full((N, 1), 5.0, "float32")
model = None

with keras.utils.custom_object_scope({"P": P, "Q": Q}):
    inp = keras.Input(shape=(2,), name="inp")
    up = layers.Dense(1, kernel_initializer="ones", name="up")(inp)
    down = layers.Dense(1, kernel_initializer="zeros", name="down")(inp)
    model = keras.Model(inp, {"up": up, "down": down})
    model.compile(
        optimizer=keras.optimizers.SGD(learning_rate=0.0), loss={"up": P, "down": Q}
    )
model.fit(x, {"up": y_a, "down": y_b}, batch_size=N, verbose=0)
print(
    model.evaluate(
        x, {"up": y_a, "down": y_b}, batch_size=N, verbose=0, return_dict=True
    )["loss"]
)

with keras.utils.custom_object_scope({"P": P, "Q": Q}):
    inp = keras.Input(shape=(2,), name="inp")
    left = layers.Dense(1, kernel_initializer="ones", name="left")(inp)
    right = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="right")(inp)
    model = keras.Model(inp, {"left": left, "right": right})
    model.compile(
        optimizer=keras.optimizers.SGD(learning_rate=0.0), loss={"left": Q, "right": P}
    )
model.fit(x, {"left": y_a, "right": y_b}, batch_size=N, verbose=0)
predictions = model.predict(x, verbose=0)
first, second = predictions["left"], predictions["right"]
print(float(first[0, 0]), float(second[0, 0]))
