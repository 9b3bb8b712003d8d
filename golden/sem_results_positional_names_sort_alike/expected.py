# Unnamed output layers, metrics per output, and evaluate() results unpacked by position.
# Naming the heads changes the log keys by which Keras 3 sorts the metrics, but the automatic
# names sort as the new ones (price, volume) do, in output order, as Keras 2 lists them: every
# result keeps its place on every version, and the unpacking is left as it is.
import keras
import numpy as np
from keras import layers

N = 8
x_1 = np.full((N, 2), 1.0, "float32")
x_2 = np.full((N, 2), 2.0, "float32")
y_1 = np.full((N, 1), 3.0, "float32")
y_2 = np.full((N, 1), 7.0, "float32")

first = keras.Input(shape=(2,), name="first")
second = keras.Input(shape=(2,), name="second")
shared = layers.Dense(2, kernel_initializer="ones", bias_initializer="zeros")
h_1 = shared(first)
h_2 = shared(second)
price = layers.Dense(
    1, kernel_initializer="ones", bias_initializer="zeros", name="price"
)(h_1)
volume = layers.Dense(
    1, kernel_initializer="ones", bias_initializer="ones", name="volume"
)(h_2)
model = keras.Model(
    inputs={"first": first, "second": second},
    outputs={"price": price, "volume": volume},
)
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"price": "mse", "volume": "mae"},
    metrics={"price": ["mae"], "volume": ["mse"]},
)
model.fit(
    {"first": x_1, "second": x_2},
    {"price": y_1, "volume": y_2},
    batch_size=N,
    verbose=0,
)
total, price_loss, volume_loss, price_mae, volume_mse = model.evaluate(
    {"first": x_1, "second": x_2}, {"price": y_1, "volume": y_2}, verbose=0
)
print(total, price_loss, volume_loss, price_mae, volume_mse)
