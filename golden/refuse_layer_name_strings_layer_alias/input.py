import numpy as np
import keras
from keras import layers
D = layers.Dense
inp = keras.Input((4,))
h = D(8)(inp)
out1 = layers.Dense(1, use_bias=False)(h)
out2 = layers.Dense(1)(h)
model = keras.Model(inp, [out1, out2])
model.compile(optimizer="sgd", loss=["mse", "mse"])
history = model.fit(np.ones((8, 4)), [np.ones((8, 1)), np.ones((8, 1))], epochs=1, verbose=0)
print(sorted(history.history))
print(model.get_layer("dense_1").name, history.history["dense_1_loss"])
