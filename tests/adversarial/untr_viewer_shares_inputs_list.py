# Probes: the migrated model and a viewer left as written (MKD014) are built on one inputs list
# variable; the viewer predicts with a list and its predictions are read by a variable index.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
b_in = keras.Input(shape=(1,), name="b_in")
a_in = keras.Input(shape=(1,), name="a_in")
ins = [b_in, a_in]
a_out = layers.Dense(1, kernel_initializer="ones", name="a_out")(a_in)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="b_out")(b_in)
model = keras.Model(ins, [a_out, b_out])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
model.fit([x, x * 2], [x * 3, x * 5], batch_size=N, verbose=0)

viewer = keras.Model(ins, [a_out, b_out])
preds = viewer.predict([x, x * 7], verbose=0)
for i in range(2):
    print(np.round(preds[i], 3).tolist())
