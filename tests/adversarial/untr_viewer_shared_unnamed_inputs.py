# Probes: a viewer left as written (MKD014) on the migrated model's two unnamed Inputs, which
# the migration names (a_in, b_in); it predicts with a list.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
a_in = keras.Input(shape=(1,))
b_in = keras.Input(shape=(1,))
a_out = layers.Dense(1, kernel_initializer="ones", name="a_out")(a_in)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="b_out")(b_in)
model = keras.Model([a_in, b_in], [a_out, b_out])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
model.fit([x, x * 2], [x * 3, x * 5], batch_size=N, verbose=0)

viewer = keras.Model([a_in, b_in], [layer.output for layer in model.layers[2:]])
print([np.round(a, 3).tolist() for a in viewer.predict([x, x * 7], verbose=0)])
