# The same callbacks monitoring automatic names (val_dense_2_loss: the heads are dense_1 and
# dense_2 after the hidden dense). With --update-name-strings the tool rewrites the monitor=
# strings and history keys to the names it gives the heads.
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
y_age = x.sum(axis=1, keepdims=True)
y_gap = x[:, :1] - x[:, 1:]

inp = keras.Input(shape=(2,), name="inp")
h = layers.Dense(4, kernel_initializer="ones")(inp)
age = layers.Dense(1, kernel_initializer="ones", name="age")(h)
gap = layers.Dense(1, kernel_initializer="zeros", name="gap")(h)
model = keras.Model(inp, {"age": age, "gap": gap})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.001),
    loss={"age": "mse", "gap": "mae"},
)
stop = keras.callbacks.EarlyStopping(
    monitor="val_gap_loss", patience=1, min_delta=10.0, mode="min"
)
best = keras.callbacks.ModelCheckpoint(
    "best.weights.h5",
    monitor="val_age_loss",
    save_best_only=True,
    save_weights_only=True,
    mode="min",
)
plateau = keras.callbacks.ReduceLROnPlateau(
    monitor="age_loss", factor=0.5, patience=0, min_delta=1e6, mode="min"
)
history = model.fit(
    x,
    {"age": y_age, "gap": y_gap},
    validation_data=(x, {"age": y_age, "gap": y_gap}),
    batch_size=N,
    epochs=6,
    verbose=0,
    callbacks=[stop, best, plateau],
)
print("epochs run", len(history.history["loss"]), "stopped at", stop.stopped_epoch)
print("best", round(float(best.best), 4))
print("learning rate", round(float(model.optimizer.learning_rate.numpy()), 6))
print("val gap loss", r(history.history["val_gap_loss"]))
