# Run once before migrating to create pretrained.h5 (python load_by_name.py),
# then compare the original and the migrated script.
import os

import numpy as np
import keras
from keras import layers

inp = keras.Input(shape=(1,), name="inp")
head_a = layers.Dense(1)(inp)
head_b = layers.Dense(1)(inp)
model = keras.Model(inputs=inp, outputs=[head_a, head_b])
if os.path.exists("pretrained.h5"):
    model.load_weights("pretrained.h5", by_name=True)
else:
    keras.utils.set_random_seed(1)
    model.set_weights([np.full((1, 1), 7.0), np.zeros(1), np.full((1, 1), 9.0), np.zeros(1)])
    model.save("pretrained.h5")
model.compile(loss=["mse", "mse"])
print(model.evaluate(np.ones((2, 1)), [np.full((2, 1), 7.0), np.full((2, 1), 9.0)], verbose=0))
