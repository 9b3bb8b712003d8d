# Found by an adversarial review: the later model's output is one Lambda call that returns
# a list, which the tool takes for one expression. Keras logs one key per tensor, named
# after that Lambda, whose automatic name the names the migration adds shift (lambda_1_loss
# becomes lambda_loss), and the file prints them: the first model stays refused (MKD128).
import keras
import numpy as np
from keras import layers

N = 8
x = np.full((N, 1), 1.0, "float32")
y = np.full((N, 1), 2.0, "float32")

inp = keras.Input(shape=(1,), name="inp")
a = layers.Lambda(lambda t: t * 1.0)(inp)
b = layers.Dense(1, kernel_initializer="ones")(inp)
first = keras.Model(inp, [a, b])
first.compile(optimizer="sgd", loss=["mse", "mae"])
h1 = first.fit(x, [y, y], batch_size=N, epochs=2, verbose=0)
print(len(h1.history))

i1 = keras.Input(shape=(1,), name="i1")
i2 = keras.Input(shape=(1,), name="i2")
h = layers.Dense(1, kernel_initializer="ones")(layers.Concatenate()([i1, i2]))
pair = layers.Lambda(lambda t: [t * 1.0, t * 2.0])(h)
second = keras.Model([i1, i2], pair)
second.compile(optimizer="sgd", loss="mse")
h2 = second.fit([x, x], [y, y], batch_size=N, epochs=2, verbose=0)
print(sorted(h2.history))
