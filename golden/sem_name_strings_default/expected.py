# A default run (no flag): every layer is built once at module level, so the tool knows that
# `price` was dense_1 and `size` dense_2, and updates the monitor, the checkpoint's filepath
# template, the history key and the get_layer name with the layers it names. Early stopping
# still fires on the same key, so the run stops at the same epoch.
import os

import keras
import numpy as np
from keras import layers

keras.utils.set_random_seed(1)
N = 32
x = np.linspace(0.0, 1.0, N * 4, dtype="float32").reshape(N, 4)
y_price = x[:, :1] * 2.0
y_size = x[:, 1:2] - 1.0

inp = keras.Input(shape=(4,), name="inp")
h = layers.Dense(8, activation="relu", kernel_initializer="ones")(inp)
price = layers.Dense(1, kernel_initializer="ones", name="price")(h)
size = layers.Dense(1, kernel_initializer="zeros", name="size")(h)
model = keras.Model(inp, {"price": price, "size": size})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.05),
    loss={"price": "mse", "size": "mse"},
)
stop = keras.callbacks.EarlyStopping(
    monitor="val_price_loss", patience=0, min_delta=10.0, mode="min"
)
checkpoint = keras.callbacks.ModelCheckpoint(
    "best-{epoch}-{val_price_loss:.3f}.weights.h5",
    monitor="val_size_loss",
    mode="min",
    save_weights_only=True,
)
history = model.fit(
    x,
    {"price": y_price, "size": y_size},
    validation_split=0.25,
    epochs=6,
    batch_size=8,
    verbose=0,
    callbacks=[stop, checkpoint],
)
print(len(history.history["loss"]), round(float(history.history["size_loss"][0]), 4))
print(model.get_layer("price").units, model.get_layer("dense").units)
print(sorted(f for f in os.listdir(".") if f.startswith("best-"))[:1] != [])
