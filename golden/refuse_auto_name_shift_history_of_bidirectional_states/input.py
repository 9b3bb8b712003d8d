# Found by an adversarial review: the later model's output is a Bidirectional LSTM with
# return_state=True (the flag on the wrapped layer): five tensors, logged under the
# wrapper's automatic name, which the name the migration adds shifts (bidirectional_1_loss
# becomes bidirectional_loss), and the file prints them: the first model stays refused.
import keras
import numpy as np
from keras import layers

N = 8
x = np.full((N, 3, 1), 1.0, "float32")
y = np.full((N, 4), 2.0, "float32")
y2 = np.full((N, 2), 2.0, "float32")

inp = keras.Input(shape=(3, 1), name="inp")
a = layers.Bidirectional(layers.LSTM(2, kernel_initializer="ones"))(inp)
b = layers.Flatten()(inp)
first = keras.Model(inp, [a, b])
first.compile(optimizer="sgd", loss=["mse", "mae"])
h1 = first.fit(x, [y, np.full((N, 3), 1.0, "float32")], batch_size=N, epochs=2, verbose=0)
print(len(h1.history))

i1 = keras.Input(shape=(3, 1), name="i1")
i2 = keras.Input(shape=(3, 1), name="i2")
states = layers.Bidirectional(layers.LSTM(2, kernel_initializer="ones", return_state=True))(
    layers.Concatenate()([i1, i2])
)
second = keras.Model([i1, i2], states)
second.compile(optimizer="sgd", loss="mse")
h2 = second.fit([x, x], [y, y2, y2, y2, y2], batch_size=N, epochs=2, verbose=0)
print(sorted(h2.history))
