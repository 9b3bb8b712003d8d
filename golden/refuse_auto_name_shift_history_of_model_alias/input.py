# Found by an adversarial review: the second model is built through an alias of
# keras.Model (make_model = keras.Model), so the tool records no construction of it; its
# unnamed heads keep automatic names that the name the migration adds shifts, and the file
# prints its history's keys: the first model stays refused (MKD128).
import keras
import numpy as np
from keras import layers

make_model = keras.Model

N = 8
x_a = np.linspace(0.0, 1.0, 2 * N, dtype="float32").reshape(N, 2)
x_b = np.linspace(1.0, 2.0, N, dtype="float32").reshape(N, 1)
y_speed = x_a[:, :1] * 2.0
y_incident = x_a.sum(axis=1, keepdims=True)


def build_first():
    a = keras.Input(shape=(2,), name="a")
    b = keras.Input(shape=(1,), name="b")
    hidden = layers.Dense(4, kernel_initializer="ones")(layers.concatenate([a, b]))
    speed = layers.Dense(1, name="speed", kernel_initializer="ones")(hidden)
    incident = layers.Dense(1, kernel_initializer="ones")(hidden)
    return keras.Model(inputs=[a, b], outputs=[speed, incident])


def build_second():
    c = keras.Input(shape=(2,), name="c")
    h = layers.Dense(3, kernel_initializer="ones")(c)
    left = layers.Dense(1, kernel_initializer="ones")(h)
    right = layers.Dense(1, kernel_initializer="zeros")(h)
    return make_model(c, [left, right])


def main():
    first = build_first()
    first.compile(optimizer=keras.optimizers.SGD(learning_rate=0.001), loss=["mse", "mae"])
    history = first.fit([x_a, x_b], [y_speed, y_incident], batch_size=N, epochs=2, verbose=0)
    print(len(history.history), sorted(round(float(v[-1]), 3) for v in history.history.values()))
    second = build_second()
    second.compile(optimizer=keras.optimizers.SGD(learning_rate=0.001), loss=["mse", "mae"])
    h2 = second.fit(x_a, [y_speed, y_incident], batch_size=N, epochs=2, verbose=0)
    print(sorted(h2.history))


main()
