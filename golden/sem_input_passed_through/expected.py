# An autoencoder-style model hands one of its inputs back as an output; that output is
# keyed by the Input's name (added here, since the Input has none).
import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


def mQ(y_true, y_pred):
    return 200.0 + 10.0 * y_true + y_pred


N = 8
x_code = np.full((N, 1), 1.0, "float32")
x_side = np.full((N, 1), 2.0, "float32")
y_zeta = np.full((N, 1), 3.0, "float32")

code = keras.Input(shape=(1,), name="code")
side = keras.Input(shape=(1,), name="side")
joined = layers.concatenate([code, side])
zeta = layers.Dense(
    1, kernel_initializer="ones", bias_initializer="zeros", name="zeta"
)(joined)
model = keras.Model({"code": code, "side": side}, {"zeta": zeta, "code": code})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"zeta": P, "code": Q},
    metrics={"zeta": [], "code": [mQ]},
)
model.fit(
    {"code": x_code, "side": x_side},
    {"zeta": y_zeta, "code": x_code},
    batch_size=N,
    verbose=0,
)
predictions = model.predict({"code": x_code, "side": x_side}, verbose=0)
rebuilt, echoed = predictions["zeta"], predictions["code"]
print(float(rebuilt[0, 0]), float(echoed[0, 0]))
model.evaluate(
    {"code": x_code, "side": x_side},
    {"zeta": y_zeta, "code": x_code},
    batch_size=N,
    verbose=0,
    return_dict=True,
)
