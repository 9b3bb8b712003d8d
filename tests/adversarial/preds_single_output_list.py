# Probes: a single-output model built with outputs=[o] beside two named inputs: predict()
# returns an array, whose whole use must not become a list.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
a = keras.Input(shape=(1,), name="a")
b = keras.Input(shape=(1,), name="b")
o = layers.Dense(1, kernel_initializer="ones", name="o")(layers.Concatenate()([a, b]))
model = keras.Model([a, b], [o])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mse")
preds = model.predict([x, x * 2], verbose=0)
print(type(preds).__name__, len(preds), np.asarray(preds).shape)
