# Probes: the migrated model and a viewer left as written (MKD014) are built on one outputs
# list variable; the viewer's predictions are read by a variable index.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
a_out = layers.Dense(1, kernel_initializer="ones", name="a_out")(inp)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="b_out")(inp)
outs = [a_out, b_out]
model = keras.Model(inp, outs)
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
model.fit(x, [x * 3, x * 5], batch_size=N, verbose=0)

viewer = keras.Model(inp, outs)
preds = viewer.predict(x, verbose=0)
for i in range(2):
    print(np.round(preds[i], 3).tolist())
