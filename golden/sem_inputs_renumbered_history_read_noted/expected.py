# Naming the first model's Inputs renumbers the Input built later (input_layer_2 becomes
# input_layer; input_3 becomes input_1 on Keras 2). Log keys name outputs and metrics:
# `echo` outputs only layers' results, so the history keys the file prints stay as they
# are, and the Input gets a note (MKD119), not a refusal.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
left = keras.Input(shape=(1,), name="left")
right = keras.Input(shape=(1,), name="right")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(left)
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(right)
model = keras.Model({"left": left, "right": right}, {"zeta": zeta, "alpha": alpha})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"zeta": "mse", "alpha": "mae"},
)
model.fit(
    {"left": x, "right": x * 2},
    {"zeta": x * 3, "alpha": x * 5},
    batch_size=N,
    verbose=0,
)

ins = [keras.Input(shape=(1,))]
head = layers.Dense(1, kernel_initializer="ones", name="head")(ins[0])
tail = layers.Dense(1, kernel_initializer="ones", name="tail")(ins[0])
echo = keras.Model(ins, {"head": head, "tail": tail})
echo.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mse")
history = echo.fit([x], {"head": x * 3, "tail": x * 2}, batch_size=N, verbose=0)
print(sorted(history.history))
