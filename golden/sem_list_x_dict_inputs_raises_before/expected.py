# A list x on a model whose inputs are already a dict with keys not in sorted order: Keras
# 3.8+ raises a ValueError for the old call (3.7 warned and swapped the inputs). The rewrite
# keys x in the order written, so the call now runs: MKD006 says so.
import keras
import numpy as np
from keras import layers

zeta = keras.Input(shape=(1,), name="zeta")
alpha = keras.Input(shape=(1,), name="alpha")
h = layers.concatenate([zeta, alpha])
out = layers.Dense(1, name="out")(h)
model = keras.Model({"zeta": zeta, "alpha": alpha}, out)
model.compile(optimizer="adam", loss="mse")
model.fit(
    {"zeta": np.ones((4, 1)), "alpha": np.zeros((4, 1))}, np.ones((4, 1)), verbose=0
)
