# Naming the first model's Inputs renumbers the Inputs a comprehension builds later
# (input_layer_2 becomes input_layer). `echo` outputs one of them as it is, so its log key
# spells that Input's automatic name, and the file prints the history's keys: the tool
# refuses (MKD128).
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

ins = [keras.Input(shape=(1,)) for _ in range(2)]
head = layers.Dense(1, name="head")(ins[1])
echo = keras.Model(ins, [head, ins[0]])
echo.compile(optimizer="sgd", loss="mse")
history = echo.fit([x, x], [x * 3, x * 2], verbose=0)
print(sorted(history.history))
