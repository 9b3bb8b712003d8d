# The callback comes from a function of this file that returns a Keras built-in (a step
# decay schedule), which never reads the model's structure: the model migrates.
import keras
from keras import layers


def step_decay(initial=0.1, factor=0.5, every=10):
    def schedule(epoch):
        return initial * factor ** (epoch // every)

    return keras.callbacks.LearningRateScheduler(schedule)


scan = keras.Input(shape=(8,), name="scan")
hidden = layers.Dense(16, activation="relu")(scan)
size = layers.Dense(1, name="size")(hidden)
age = layers.Dense(1, name="age")(hidden)
model = keras.Model(scan, [size, age])
model.compile(optimizer="adam", loss=["mse", "mae"])
model.fit(x_train, [y_size, y_age], epochs=3, callbacks=[step_decay(factor=0.75)])
