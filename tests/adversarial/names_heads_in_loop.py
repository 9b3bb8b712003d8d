# Probes: output layers built in a loop, then get_layer("dense_1") and a history key.
import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
heads = []
for bias in (0.0, 1.0):
    heads.append(layers.Dense(1, bias_initializer=keras.initializers.Constant(bias))(inp))
model = keras.Model(inp, heads)
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, P])
history = model.fit(x, [x * 3, x * 5], batch_size=N, verbose=0)
print("second head", model.get_layer("dense_1").name, history.history["dense_1_loss"])
