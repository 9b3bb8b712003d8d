import os
import tempfile

import numpy as np
import keras
from keras import layers

inp = keras.Input(shape=(1,), name="inp")
head_a = layers.Dense(1, kernel_initializer="ones")(inp)
head_b = layers.Dense(1, kernel_initializer="zeros")(inp)
model = keras.Model(inputs=inp, outputs=[head_a, head_b])
model.compile(loss=["mse", "mse"])
path = os.path.join(tempfile.mkdtemp(), "m.keras")
model.save(path)

restored = keras.models.load_model(path)
p_a, p_b = restored.predict(np.ones((2, 1)), verbose=0)
print("head_a:", p_a, "head_b:", p_b)
