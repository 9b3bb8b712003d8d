# sorted(h.history, key=len) is a stable sort: zeta_loss and beta_loss tie on length and keep
# the history's order, which Keras 2 makes sorted-key order once the outputs are a dict.
import keras
import numpy as np
from keras import layers

N = 8
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, name="zeta")(inp)
beta = layers.Dense(1, name="beta")(inp)
model = keras.Model(inputs=inp, outputs=[zeta, beta])
model.compile(optimizer="sgd", loss=["mse", "mae"])
h = model.fit(x, [x * 3, x * 5], batch_size=N, verbose=0)
print(sorted(h.history, key=len))
