# Probes: output "binary" compiled with "accuracy" logs `binary_accuracy`, the very name of
# the other output's metric. Keras 3 lists a log key equal to a compiled metric's own name
# before the per-output losses, so the results are not [loss, losses, sorted metrics] there.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
y1 = np.array([[1.0], [0.0], [1.0], [1.0]], "float32")
y2 = np.array([[0.0], [0.0], [1.0], [0.0]], "float32")
inp = keras.Input(shape=(1,), name="x")
b0 = layers.Dense(1, activation="sigmoid", kernel_initializer="zeros", name="binary_0")(inp)
binary = layers.Dense(1, activation="sigmoid", kernel_initializer="ones", name="binary")(inp)
model = keras.Model(inp, [b0, binary])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=["mse", "binary_crossentropy"],
    metrics=[["binary_accuracy"], ["accuracy"]],
)
total, l1, l2, m1, m2 = model.evaluate(x, [y2, y1], batch_size=N, verbose=0)
print([round(float(v), 4) for v in (total, l1, l2, m1, m2)])
