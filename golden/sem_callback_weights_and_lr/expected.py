# A callback that keeps the best weights in memory and restores them at the end, lowers the
# learning rate and saves weights only; the model is also checked and shown by its type.
# Its predictions are counted with `len`. The output names sort in list order, so the
# layer and weight order stay as they were.
import keras
import numpy as np
from keras import layers


class KeepBest(keras.callbacks.Callback):
    def __init__(self):
        super().__init__()
        self.best = None
        self.best_loss = None

    def on_epoch_end(self, epoch, logs=None):
        rate = self.model.optimizer.learning_rate
        rate.assign(rate * 0.5)
        if self.best_loss is None or logs["loss"] < self.best_loss:
            self.best_loss = logs["loss"]
            self.best = self.model.get_weights()
        self.model.save_weights("keep_best.weights.h5")

    def on_train_end(self, logs=None):
        self.model.set_weights(self.best)


N = 8
x = np.linspace(0.0, 1.0, 2 * N, dtype="float32").reshape(N, 2)
y_first = x[:, :1] * 2.0
y_second = x[:, 1:] * 3.0

features = keras.Input(shape=(2,), name="features")
hidden = layers.Dense(4, kernel_initializer="ones")(features)
first = layers.Dense(1, kernel_initializer="ones", name="first")(hidden)
second = layers.Dense(1, kernel_initializer="ones", name="second")(hidden)
model = keras.Model(features, {"first": first, "second": second})
print(type(model).__name__, isinstance(model, keras.Model))
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.05),
    loss={"first": "mse", "second": "mae"},
)
history = model.fit(
    x,
    {"first": y_first, "second": y_second},
    epochs=4,
    batch_size=4,
    verbose=0,
    shuffle=False,
    callbacks=[KeepBest()],
)
print([round(v, 5) for v in history.history["loss"]])
print(float(np.ravel(model.get_weights()[0])[0]))
predicted = model.predict(x, verbose=0)
print(len(predicted), float(predicted["second"][0, 0]))
