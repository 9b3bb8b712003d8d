# Three outputs with list loss, loss_weights and metrics; y in list order.
import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


def mP(y_true, y_pred):
    return 100.0 + 10.0 * y_true + y_pred


def mQ(y_true, y_pred):
    return 200.0 + 10.0 * y_true + y_pred



def R(y_true, y_pred):
    return 3000.0 + 10.0 * y_true + y_pred


N = 8
x = np.linspace(0.0, 1.0, N * 2, dtype="float32").reshape(N, 2)
y_c = np.full((N, 1), 1.0, "float32")
y_b = np.full((N, 1), 2.0, "float32")
y_a = np.full((N, 1), 4.0, "float32")

inp = keras.Input(shape=(2,), name="x")
c_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="c_out")(inp)
b_out = layers.Dense(1, kernel_initializer="zeros", bias_initializer="ones", name="b_out")(inp)
a_out = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="a_out")(inp)
model = keras.Model(
    inputs=inp, outputs={"c_out": c_out, "b_out": b_out, "a_out": a_out}
)
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"c_out": P, "b_out": Q, "a_out": R},
    loss_weights={"c_out": 1.0, "b_out": 0.1, "a_out": 0.01},
    metrics={"c_out": [mP], "b_out": [mQ], "a_out": ["mae"]},
)
model.fit(
    x, {"c_out": y_c, "b_out": y_b, "a_out": y_a}, epochs=2, batch_size=4, verbose=0
)
model.evaluate(x, {"c_out": y_c, "b_out": y_b, "a_out": y_a}, batch_size=N, verbose=0)
predictions = model.predict(x, verbose=0)
c, b, a = predictions["c_out"], predictions["b_out"], predictions["a_out"]
print(round(float(c.sum()), 4), round(float(b.sum()), 4), round(float(a.sum()), 4))
