# Code in a string may use the model with lists: exec/eval are out of the tool's sight.
import keras
import numpy as np
from keras import layers

a = keras.Input(shape=(1,), name="a")
b = keras.Input(shape=(1,), name="b")
zeta = layers.Dense(1, name="zeta")(a)
alpha = layers.Dense(1, name="alpha")(b)
model = keras.Model(inputs=[a, b], outputs=[zeta, alpha])
model.compile(loss=["mse", "mae"])
x = np.ones((4, 1))
model.fit([x, x], [x, x], verbose=0)
exec("model.evaluate([x, x * 2], [x, x], verbose=0)")
