# Unnamed output layers (dense, dense_1) and a positional evaluate() result with metrics.
# Keras lists compiled metrics sorted by name: dense_1_m_q sorts before dense_m_p, but after
# renaming age_m_p sorts before gender_m_q, so the positions of the metric values can move.
import keras
import numpy as np
from keras import layers, ops


def P(y_true, y_pred):
    return ops.mean(1000.0 + 10.0 * y_true + y_pred, axis=-1)


def Q(y_true, y_pred):
    return ops.mean(2000.0 + 10.0 * y_true + y_pred, axis=-1)


def mP(y_true, y_pred):
    return ops.mean(100.0 + 10.0 * y_true + y_pred, axis=-1)


def mQ(y_true, y_pred):
    return ops.mean(200.0 + 10.0 * y_true + y_pred, axis=-1)


N = 8
features = np.linspace(0.0, 1.0, N * 3, dtype="float32").reshape(N, 3)
y_age = np.full((N, 1), 3.0, "float32")
y_gender = np.full((N, 1), 5.0, "float32")

inp = keras.Input(shape=(3,), name="features")
age = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros")(inp)
gender = layers.Dense(1, kernel_initializer="zeros", bias_initializer="ones")(inp)
model = keras.Model(inputs=inp, outputs=[age, gender])
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=[P, Q],
    metrics=[[mP], [mQ]],
)
results = model.evaluate(features, [y_age, y_gender], batch_size=N, verbose=0)
print("age metric", round(results[-1], 3))
