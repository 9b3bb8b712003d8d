# Probes: Keras 2 names `h * 2.0` tf.math.multiply (its own counter), Keras 3 names it multiply
# (the Multiply layers' counter): a monitor string written for Keras 2's numbering.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
h = layers.Dense(2, kernel_initializer="ones", name="hidden")(inp)
m = layers.Multiply()([h, h])
d = h * 2.0
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(m)
prod = layers.Multiply()([d, d])
model = keras.Model(inp, [zeta, prod])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=["mse", "mae"])
stop = keras.callbacks.EarlyStopping(monitor="val_multiply_1_loss", patience=0)
history = model.fit(
    x, [x * 3, np.full((N, 2), 5.0, "float32")], validation_split=0.5, epochs=3,
    batch_size=2, callbacks=[stop], verbose=0,
)
print("epochs run", len(history.history["loss"]))
