# `echo` outputs `left` as it is, and `model` shares that Input; it is named already, so
# no migration renames it: echo's output keeps the name `left` and its log keys stay as
# they are. Both models are migrated.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
left = keras.Input(shape=(1,), name="left")
right = keras.Input(shape=(1,), name="right")
zeta = layers.Dense(1, name="zeta")(left)
alpha = layers.Dense(1, name="alpha")(right)
model = keras.Model({"left": left, "right": right}, {"zeta": zeta, "alpha": alpha})
model.compile(optimizer="sgd", loss={"zeta": "mse", "alpha": "mae"})
model.fit({"left": x, "right": x * 2}, {"zeta": x * 3, "alpha": x * 5}, verbose=0)

head = layers.Dense(1, name="head")(left)
echo = keras.Model(left, {"head": head, "left": left})
echo.compile(optimizer="sgd", loss="mse")
history = echo.fit(x, {"head": x * 3, "left": x}, verbose=0)
print(sorted(history.history))
