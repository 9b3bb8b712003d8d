"""A flat metrics list as long as the outputs: one metric per output on Keras 3, every metric
on every output on Keras 2. The outputs' keys sort in list order, so the list stays as written
beside the migrated dicts (MKD015) and keeps both readings: Keras 3 pairs it with dict outputs
in sorted-key order, Keras 2 still broadcasts it."""

import keras
import numpy as np
from keras import layers

N = 8
x_train = np.linspace(0.0, 1.0, N, dtype="float32").reshape(N, 1)
y1_train = np.full((N, 1), 3.0, "float32")
y2_train = np.full((N, 1), 1.0, "float32")

input1 = keras.Input(shape=(1,))
x1 = layers.Dense(4, kernel_initializer="ones")(input1)
output1 = layers.Dense(1, kernel_initializer="ones", name="output1")(x1)
output2 = layers.Dense(1, activation="sigmoid", kernel_initializer="zeros", name="output2")(x1)
model = keras.Model(inputs=input1, outputs=[output1, output2])
model.compile(
    loss=["mse", "binary_crossentropy"],
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    metrics=["mae", "mse"],
)
history = model.fit(x_train, [y1_train, y2_train], batch_size=N, epochs=1, verbose=0)
print(sorted((k, round(float(v[0]), 4)) for k, v in history.history.items()))
loss = model.evaluate(x_train, [y1_train, y2_train], batch_size=N, verbose=0)
print(loss[0])
