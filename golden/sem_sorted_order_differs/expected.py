# Output names whose sorted order (alpha, mid, zeta) differs from the list order
# (zeta, alpha, mid); predict() of the migrated model returns a dict in sorted order, the
# consumers must still get the right arrays.
import keras
import numpy as np
from keras import layers

N = 5
x = np.arange(N * 2, dtype="float32").reshape(N, 2)

inp = keras.Input(shape=(2,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(inp)
alpha = layers.Dense(2, kernel_initializer="zeros", bias_initializer="ones", name="alpha")(inp)
mid = layers.Dense(3, kernel_initializer="ones", bias_initializer="ones", name="mid")(inp)
model = keras.Model(inp, {"zeta": zeta, "alpha": alpha, "mid": mid})
p = model.predict(x, verbose=0)
print("zeta", p["zeta"].tolist())
print("alpha", p["alpha"].tolist())
print("mid", p["mid"].tolist())
print("last", p["mid"].shape)
