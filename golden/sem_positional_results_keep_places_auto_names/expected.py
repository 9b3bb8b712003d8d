"""Positional evaluate() results of a model whose output layers get names: on Keras 3 the
compiled metrics in them are sorted by log key, which the names change. Here the automatic
names of the two heads sort as the new ones (output1, output2) do, so every result keeps its
place on every version, and the list is left as it is read. The flat metrics list stays as
written (MKD015)."""

import keras
import numpy as np
from keras import layers

N = 8
x_train = np.linspace(0.0, 1.0, N, dtype="float32").reshape(N, 1)
y1_train = np.full((N, 1), 3.0, "float32")
y2_train = np.full((N, 1), 1.0, "float32")

input1 = keras.Input(shape=(1,))
x1 = layers.Dense(4, kernel_initializer="ones")(input1)
x2 = layers.Dense(4, kernel_initializer="ones")(x1)
output1 = layers.Dense(1, kernel_initializer="ones", name="output1")(x2)
output2 = layers.Dense(
    1, activation="sigmoid", kernel_initializer="zeros", name="output2"
)(x2)
model = keras.Model(inputs=input1, outputs={"output1": output1, "output2": output2})
model.compile(
    loss={"output1": "mse", "output2": "binary_crossentropy"},
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    metrics=["mae", "mse"],
)
model.fit(
    x_train,
    {"output1": y1_train, "output2": y2_train},
    batch_size=N,
    epochs=1,
    verbose=0,
)
loss = model.evaluate(
    x_train, {"output1": y1_train, "output2": y2_train}, batch_size=N, verbose=0
)
print("loss :", [round(float(v), 4) for v in loss])
