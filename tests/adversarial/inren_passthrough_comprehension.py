# Probes: naming one model's Inputs renumbers later unnamed Inputs built by a comprehension;
# another model outputs one of them as it is (`ins[0]`): its log key spells its name.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
first = keras.Input(shape=(1,))
second = keras.Input(shape=(1,))
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(first)
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(second)
model = keras.Model([first, second], [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
model.fit([x, x * 2], [x * 3, x * 5], batch_size=N, verbose=0)

ins = [keras.Input(shape=(1,)) for _ in range(2)]
head = layers.Dense(1, kernel_initializer="ones", name="head")(ins[1])
other = keras.Model(ins, [head, ins[0]])
other.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mse")
history = other.fit([x, x], [x * 3, x * 2], batch_size=N, verbose=0)
print(sorted(history.history))
