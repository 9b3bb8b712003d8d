import numpy as np
import keras
from keras import layers

inp0 = keras.Input((4,))
warm = keras.Model(inp0, layers.Dense(1)(inp0))
keras.utils.clear_session()

inp = keras.Input((4,))
h = layers.Dense(8)(inp)
out1 = layers.Dense(1)(h)
out2 = layers.Dense(1)(h)
model = keras.Model(inp, [out1, out2])
model.compile(optimizer="sgd", loss=["mse", "mse"])
history = model.fit(np.ones((8, 4)), [np.ones((8, 1)), np.ones((8, 1))], epochs=1, verbose=0)
print(sorted(history.history))
print(model.get_layer("dense_1").name, history.history["dense_1_loss"])
