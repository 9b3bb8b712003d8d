# Callbacks the tool can see whole and that use the model only in ways its structure does not
# change: a Keras built-in, a class of this file (through a project base class) that stops
# training, one that never touches the model. The model is migrated.
import keras
import numpy as np
from keras import layers


class ProjectCallback(keras.callbacks.Callback):
    def log(self, text):
        print("[project]", text)


class StopAfter(ProjectCallback):
    def __init__(self, epochs):
        super().__init__()
        self.epochs = epochs

    def on_epoch_end(self, epoch, logs=None):
        self.log(f"epoch {epoch}")
        if epoch + 1 >= self.epochs:
            self.model.stop_training = True


class Counter(keras.callbacks.Callback):
    def __init__(self):
        super().__init__()
        self.batches = 0

    def on_train_batch_end(self, batch, logs=None):
        self.batches += 1


X = np.linspace(0.0, 1.0, 16, dtype="float32").reshape(8, 2)
Y_A = X[:, :1] * 2.0
Y_B = X[:, 1:] * 3.0
inp = keras.Input(shape=(2,), name="inp")
h = layers.Dense(4, kernel_initializer="ones", name="hidden")(inp)
b_out = layers.Dense(1, kernel_initializer="ones", name="b_out")(h)
a_out = layers.Dense(1, kernel_initializer="ones", name="a_out")(h)
model = keras.Model(inp, {"b_out": b_out, "a_out": a_out})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.01),
    loss={"b_out": "mse", "a_out": "mae"},
)
counter = Counter()
history = model.fit(
    X,
    {"b_out": Y_B, "a_out": Y_A},
    epochs=5,
    batch_size=4,
    verbose=0,
    shuffle=False,
    callbacks=[StopAfter(2), counter, keras.callbacks.TerminateOnNaN()],
)
print("epochs run", len(history.history["loss"]), "batches", counter.batches)
print("loss", history.history["loss"])
