# Probes: the output variable is called like an Input name (score) of the same model.
import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


N = 4
x = np.full((N, 1), 1.0, "float32")
score_in = keras.Input(shape=(1,), name="score")
other_in = keras.Input(shape=(1,), name="other_in")
score = layers.Dense(1, kernel_initializer="ones")(score_in)
other = layers.Dense(1, kernel_initializer="ones")(other_in)
model = keras.Model([score_in, other_in], [score, other])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
logs = model.evaluate([x, x * 2], [x * 3, x * 5], batch_size=N, verbose=0, return_dict=True)
print(sorted((k, round(v, 2)) for k, v in logs.items()))
