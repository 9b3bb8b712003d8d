# Probes: EarlyStopping(monitor="val_dense_1_loss") with unnamed heads. Once the heads are named
# the monitored key is gone: Keras only warns and training no longer stops early.
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
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
stop = keras.callbacks.EarlyStopping(monitor="val_dense_1_loss", mode="min", patience=0)
history = model.fit(
    x,
    [x * 3, x * 5],
    validation_data=(x, [x * 3, x * 5]),
    epochs=4,
    batch_size=N,
    callbacks=[stop],
    verbose=0,
)
print("epochs run", len(history.history["loss"]))
