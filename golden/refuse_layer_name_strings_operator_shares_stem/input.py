import numpy as np
import keras
from keras import layers

inp = keras.Input((4,))
a = layers.Dense(4)(inp)
b = layers.Dense(4)(inp)
s = a + b
out1 = layers.Add()([s, a])
t = layers.Add()([s, b])
out2 = layers.Dense(1)(t)
model = keras.Model(inp, [out1, out2])
model.compile(optimizer="sgd", loss=["mse", "mse"])
x = np.ones((8, 4))
history = model.fit(x, [np.ones((8, 4)), np.ones((8, 1))], epochs=1, verbose=0)
print(sorted(history.history))
print(history.history["add_1_loss"])
print(model.get_layer("add_1").output.shape)
