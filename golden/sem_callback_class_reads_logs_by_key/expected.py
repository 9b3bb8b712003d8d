# A callback class reads the logs only by key (and checks them with `or`, `in` and `is
# None`, which see no order): what it prints is the same whatever order Keras lists them in,
# so the model is migrated although its sorted keys differ from the list order.
import keras
import numpy as np
from keras import layers


class Watch(keras.callbacks.Callback):
    def __init__(self):
        super().__init__()
        self.seen = []

    def on_epoch_end(self, epoch, logs=None):
        logs = logs or {}
        if logs is None or "loss" not in logs:
            return
        self.seen.append(round(float(logs["loss"]), 4))
        print(epoch, "zeta", round(float(logs.get("zeta_loss", -1.0)), 4))
        super().on_epoch_end(epoch, logs)


X = np.linspace(0.0, 1.0, 16, dtype="float32").reshape(8, 2)
inp = keras.Input(shape=(2,), name="inp")
h = layers.Dense(4, kernel_initializer="ones", name="hidden")(inp)
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(h)
alpha = layers.Dense(1, kernel_initializer="ones", name="alpha")(h)
model = keras.Model(inp, {"zeta": zeta, "alpha": alpha})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.01),
    loss={"zeta": "mse", "alpha": "mae"},
)
watch = Watch()
model.fit(
    X,
    {"zeta": X[:, :1] * 2.0, "alpha": X[:, 1:]},
    epochs=2,
    batch_size=4,
    verbose=0,
    shuffle=False,
    callbacks=[watch],
)
print("losses", watch.seen)
