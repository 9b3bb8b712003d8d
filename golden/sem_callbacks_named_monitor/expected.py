# EarlyStopping, ModelCheckpoint and ReduceLROnPlateau monitor per-output keys of heads that
# are already named: the migration keeps the names, so the callbacks see the same values.
import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


def mP(t, p):
    return 100.0 + 10.0 * t + p


def mQ(t, p):
    return 200.0 + 10.0 * t + p


def r(values):
    """Rounded floats, whatever Keras returns (a scalar, a list, a dict)."""
    if isinstance(values, dict):
        return {k: r(v) for k, v in sorted(values.items())}
    return np.round(np.asarray(values, "float64"), 3).tolist()


N = 8
x = np.linspace(0.0, 1.0, 2 * N, dtype="float32").reshape(N, 2)
y_zeta = x.sum(axis=1, keepdims=True)
y_alpha = x[:, :1] - x[:, 1:]

inp_x = keras.Input(shape=(2,), name="inp_x")
inp_w = keras.Input(shape=(2,), name="inp_w")
h = layers.Dense(4, kernel_initializer="ones", name="hidden")(layers.concatenate([inp_x, inp_w]))
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(h)
alpha = layers.Dense(1, kernel_initializer="zeros", name="alpha")(h)
model = keras.Model({"inp_x": inp_x, "inp_w": inp_w}, {"zeta": zeta, "alpha": alpha})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.001),
    loss={"zeta": "mse", "alpha": "mae"},
)
stop = keras.callbacks.EarlyStopping(monitor="val_alpha_loss", patience=1, min_delta=10.0, mode="min")
best = keras.callbacks.ModelCheckpoint(
    "best.weights.h5", monitor="val_zeta_loss", save_best_only=True, save_weights_only=True, mode="min"
)
plateau = keras.callbacks.ReduceLROnPlateau(monitor="zeta_loss", factor=0.5, patience=0, min_delta=1e6, mode="min")
history = model.fit(
    {"inp_x": x, "inp_w": x * 2.0},
    {"zeta": y_zeta, "alpha": y_alpha},
    validation_data=(
        {"inp_x": x, "inp_w": x * 2.0},
        {"zeta": y_zeta, "alpha": y_alpha},
    ),
    batch_size=N,
    epochs=6,
    verbose=0,
    callbacks=[stop, best, plateau],
)
print("epochs run", len(history.history["loss"]), "stopped at", stop.stopped_epoch)
print("best val_zeta_loss", round(float(best.best), 4))
print("learning rate", round(float(model.optimizer.learning_rate.numpy()), 6))
print("val_alpha_loss", r(history.history["val_alpha_loss"]))
