# Probes: a viewer sharing the migrated model's unnamed Inputs predicts with a dict keyed by
# their automatic names (input_layer, input_layer_1), which the migration replaces.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
left = keras.Input(shape=(1,))
right = keras.Input(shape=(1,))
a_out = layers.Dense(1, kernel_initializer="ones", name="a_out")(left)
b_out = layers.Dense(1, kernel_initializer="ones", name="b_out")(right)
model = keras.Model([left, right], [a_out, b_out])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
model.fit([x, x * 2], [x * 3, x * 5], batch_size=N, verbose=0)

viewer = keras.Model([left, right], [layer.output for layer in model.layers[2:]])
out = viewer.predict({"input_layer": x, "input_layer_1": x * 7}, verbose=0)
print([np.round(a, 3).tolist() for a in out])
