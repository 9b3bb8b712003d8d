# The history printed in order belongs to an earlier single-output model (`history` is bound
# again by the second fit): the two-output model's history is read by key only, so it
# migrates.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 4), 1.0, "float32")
y = np.full((N, 1), 2.0, "float32")

inp = keras.Input(shape=(4,), name="inp")
single = keras.Model(inp, layers.Dense(1, kernel_initializer="ones")(inp))
single.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mse")
history = single.fit(x, y, epochs=2, batch_size=N, verbose=0)
print(history.history.keys())

main_output = layers.Dense(1, kernel_initializer="ones", name="main_output")(inp)
aux_output = layers.Dense(1, kernel_initializer="zeros", name="aux_output")(inp)
model = keras.Model(inp, {"main_output": main_output, "aux_output": aux_output})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"main_output": "mse", "aux_output": "mae"},
)
history = model.fit(
    x, {"main_output": y, "aux_output": y}, epochs=2, batch_size=N, verbose=0
)
print(history.history["main_output_loss"][-1])
