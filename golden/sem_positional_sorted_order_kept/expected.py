# Results read by position, with compiled metrics, on outputs whose names already sort in
# list order (a_main < b_aux) and need no new name: positional results, metrics_names and the
# sorted compiled metrics come out the same on every Keras version, so the model migrates.
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


N = 8
x_1 = np.full((N, 1), 1.0, "float32")
x_2 = np.full((N, 1), 2.0, "float32")
y_1 = np.full((N, 1), 3.0, "float32")
y_2 = np.full((N, 1), 5.0, "float32")

in_1 = keras.Input(shape=(1,), name="in_1")
in_2 = keras.Input(shape=(1,), name="in_2")
a_main = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="a_main")(in_1)
b_aux = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="b_aux")(in_2)
model = keras.Model(
    inputs={"in_1": in_1, "in_2": in_2}, outputs={"a_main": a_main, "b_aux": b_aux}
)
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"a_main": P, "b_aux": Q},
    metrics={"a_main": [mP, "mae"], "b_aux": [mQ]},
)
model.fit(
    {"in_1": x_1, "in_2": x_2}, {"a_main": y_1, "b_aux": y_2}, batch_size=N, verbose=0
)
total, main_loss, aux_loss, *metric_values = model.evaluate(
    {"in_1": x_1, "in_2": x_2}, {"a_main": y_1, "b_aux": y_2}, verbose=0
)
print(total, main_loss, aux_loss, metric_values)
print(model.metrics_names)
print(model.test_on_batch({"in_1": x_1, "in_2": x_2}, {"a_main": y_1, "b_aux": y_2}))
print(
    [round(float(v), 3) for v in model.train_on_batch({"in_1": x_1, "in_2": x_2}, {"a_main": y_1, "b_aux": y_2})]
)
