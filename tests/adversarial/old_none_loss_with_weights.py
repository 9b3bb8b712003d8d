# Probes: loss and loss_weights lists with a None loss entry (3.4.1-3.6.0 drop the None).
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
a_out = layers.Dense(1, kernel_initializer="ones", name="a_out")(inp)
b_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="b_out")(inp)
model = keras.Model(inp, [a_out, b_out])

model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[None, "mse"], loss_weights=[1.0, 2.0]
)
logs = model.evaluate(x, [x * 3, x * 5], verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
