# Probes: a metrics dict keyed by an automatic layer name beside a list loss.
import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
age = layers.Dense(1, kernel_initializer="ones")(inp)
income = layers.Dense(1, kernel_initializer="ones")(inp)
model = keras.Model(inp, [age, income])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q], metrics={"dense_1": ["mae"]}
)
logs = model.evaluate(x, [x * 3, x * 5], batch_size=N, verbose=0, return_dict=True)
print("total", round(logs["loss"], 2), "metrics", len(logs))
