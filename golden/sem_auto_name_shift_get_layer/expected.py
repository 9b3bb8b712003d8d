# Naming the first model's output layers shifts the automatic names of the second model's
# layers (dense_3 becomes dense_1). The file looks the layer up by that name; every layer is
# built once at module level, so the tool works the new name out and updates the string.
import keras
import numpy as np
from keras import layers

N = 8
x = np.linspace(0.0, 1.0, N * 2, dtype="float32").reshape(N, 2)
y_a = np.full((N, 1), 3.0, "float32")
y_b = np.full((N, 1), 5.0, "float32")

inp = keras.Input(shape=(2,), name="inp")
h = layers.Dense(4, kernel_initializer="ones")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(h)
beta = layers.Dense(
    1, kernel_initializer="zeros", bias_initializer="ones", name="beta"
)(h)
first = keras.Model(inp, {"alpha": alpha, "beta": beta})
first.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"alpha": "mse", "beta": "mse"},
)
first.fit(x, {"alpha": y_a, "beta": y_b}, batch_size=N, verbose=0)

other_in = keras.Input(shape=(2,), name="other_in")
probe = layers.Dense(3, kernel_initializer="ones")(other_in)
second = keras.Model(other_in, probe)
print(second.get_layer("dense_1").units)
