# Probes MKD016: three outputs (declared out of sorted order), one loss written as a long
# alias, a weights tuple; evaluate by key and fit's history.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
mid = layers.Dense(1, kernel_initializer="zeros", name="mid")(inp)
model = keras.Model(inp, [zeta, alpha, mid])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss="mean_squared_error",
    loss_weights=(1.0, 3.0, 10.0),
)
res = model.evaluate(x, [x * 3, x * 5, x * 2], verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in res.items()))
hist = model.fit(x, [x * 3, x * 5, x * 2], epochs=1, batch_size=N, verbose=0)
print(sorted((k, [round(v, 3) for v in vs]) for k, vs in hist.history.items()))
