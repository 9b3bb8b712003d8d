# Probes: output "a_binary" with "accuracy" and output "a" with "binary_accuracy" both log
# `a_binary_accuracy`; Keras 3 renames the second `a_binary_accuracy_1`. A read by key of
# `a_binary_accuracy` twice gives the first value in both places.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
y1 = np.array([[1.0], [0.0], [0.0], [0.0]], "float32")
y2 = np.array([[0.0], [0.0], [1.0], [0.0]], "float32")
inp = keras.Input(shape=(1,), name="x")
ab = layers.Dense(1, activation="sigmoid", kernel_initializer="zeros", name="a_binary")(inp)
a = layers.Dense(1, activation="sigmoid", kernel_initializer="ones", name="a")(inp)
model = keras.Model(inp, [ab, a])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=["mse", "binary_crossentropy"],
    metrics=[["accuracy"], ["binary_accuracy"]],
)
total, l1, l2, m1, m2 = model.evaluate(x, [y2, y1], batch_size=N, verbose=0)
print([round(float(v), 4) for v in (total, l1, l2, m1, m2)])
