import numpy as np
import keras
from keras import layers

inp = keras.Input(shape=(1,), name="inp")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(inp)
model = keras.Model(inputs=inp, outputs=[zeta, alpha])
# freeze the last head (alpha) by position
model.get_layer(index=-1).trainable = False
model.compile(optimizer=keras.optimizers.SGD(0.1), loss=["mse", "mse"])
x = np.ones((4, 1))
model.fit(x, [3 * np.ones((4, 1)), 5 * np.ones((4, 1))], epochs=3, verbose=0)
print({n: float(model.get_layer(n).get_weights()[0][0, 0]) for n in ("zeta", "alpha")})
