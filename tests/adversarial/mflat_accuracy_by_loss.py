# Probes: a flat ["accuracy", "sparse_categorical_accuracy"] kept (MKD015) on a binary and a
# sparse categorical output: Keras 2 gives both to each output, resolving "accuracy" from that
# output's loss, found by key once the loss is a dict.
import keras
import numpy as np
from keras import layers

N = 4
x = np.array([[0.5], [-1.0], [2.0], [0.1]], "float32")
inp = keras.Input(shape=(1,), name="x")
a_out = layers.Dense(1, activation="sigmoid", kernel_initializer="ones", name="a_out")(inp)
b_out = layers.Dense(3, activation="softmax", kernel_initializer="ones", name="b_out")(inp)
model = keras.Model(inp, [a_out, b_out])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=["binary_crossentropy", "sparse_categorical_crossentropy"],
    metrics=["accuracy", "sparse_categorical_accuracy"],
)
y_a = np.array([[1.0], [0.0], [1.0], [0.0]], "float32")
y_b = np.array([0, 1, 2, 1], "int32")
logs = model.evaluate(x, [y_a, y_b], verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
print([round(float(v), 3) for v in model.evaluate(x, [y_a, y_b], verbose=0)])
