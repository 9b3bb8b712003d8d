# The heads are unnamed (dense_1, dense_2) and would get names from the tool. The decoder
# comes from another module of the program and is built afterwards: its layers are dense_3
# and dense_4, and dense_1 and dense_2 once the heads are named. The tool cannot count the
# other module's layers and the file prints their names, so it leaves the model (MKD128).
import keras
import numpy as np
from keras import layers

from parts import make_decoder

x = np.ones((8, 4), "float32")
inp = keras.Input(shape=(4,), name="inp")
h = layers.Dense(4)(inp)
score = layers.Dense(1)(h)
box = layers.Dense(4)(h)
model = keras.Model(inp, [score, box])
model.compile(optimizer="adam", loss=["mse", "mse"])
model.fit(x, [x[:, :1], x], epochs=1, verbose=0)

decoder = make_decoder()
print([layer.name for layer in decoder.layers])
