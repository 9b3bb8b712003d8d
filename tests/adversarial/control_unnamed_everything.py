# Probes (control): unnamed inputs and heads, list compile, fit with validation_data,
# evaluate(return_dict=True) and predict() unpacked: a careful tool should migrate this.
import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


N = 4
x = np.full((N, 1), 1.0, "float32")
in_z = keras.Input(shape=(1,))
in_a = keras.Input(shape=(1,))
age = layers.Dense(1, kernel_initializer="ones")(in_z)
income = layers.Dense(1, kernel_initializer="ones")(in_a)
model = keras.Model([in_z, in_a], [age, income])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q], loss_weights=[1.0, 10.0]
)
model.fit([x, x * 2], [x * 3, x * 5], validation_data=([x, x * 2], [x * 3, x * 7]), batch_size=N, verbose=0)
logs = model.evaluate([x, x * 2], [x * 3, x * 5], batch_size=N, verbose=0, return_dict=True)
print("total", round(logs["loss"], 2))
first, second = model.predict([x, x * 2], verbose=0)
print("predictions", first[0].tolist(), second[0].tolist())
