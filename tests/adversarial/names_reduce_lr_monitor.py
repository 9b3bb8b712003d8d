# Probes: ReduceLROnPlateau(monitor="dense_1_loss") with unnamed heads. The losses ignore the
# prediction, so the loss plateaus and the learning rate is halved each epoch, if the key exists.
import keras
import numpy as np
from keras import layers


def Z(t, p):
    return 1000.0 + 10.0 * t + 0.0 * p


N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
age = layers.Dense(1, kernel_initializer="ones")(inp)
income = layers.Dense(1, kernel_initializer="ones")(inp)
model = keras.Model(inp, [age, income])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.5), loss=[Z, Z])
reduce = keras.callbacks.ReduceLROnPlateau(monitor="dense_1_loss", mode="min", patience=0, factor=0.5)
model.fit(x, [x * 3, x * 5], epochs=3, batch_size=N, callbacks=[reduce], verbose=0)
print("learning rate", round(float(keras.ops.convert_to_numpy(model.optimizer.learning_rate)), 4))
