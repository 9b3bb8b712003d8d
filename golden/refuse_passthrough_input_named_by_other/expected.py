# `model` would name its unnamed Inputs, but `echo` outputs `left` as it is: Keras names that
# output after the Input (input_layer -> left), so echo's log keys, which the file prints,
# would change. echo is refused (MKD102), and `model`, which shares the Input, with it (MKD115).
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
left = keras.Input(shape=(1,))
right = keras.Input(shape=(1,))
zeta = layers.Dense(1, name="zeta")(left)
alpha = layers.Dense(1, name="alpha")(right)
model = keras.Model([left, right], [zeta, alpha])
model.compile(optimizer="sgd", loss=["mse", "mae"])
model.fit([x, x * 2], [x * 3, x * 5], verbose=0)

head = layers.Dense(1, name="head")(left)
echo = keras.Model(left, [head, left])
echo.compile(optimizer="sgd", loss="mse")
history = echo.fit(x, [x * 3, x], verbose=0)
print(sorted(history.history))
