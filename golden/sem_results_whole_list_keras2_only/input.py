# A flat metrics list shorter than the outputs: Keras 3 raises at compile, Keras 2 applies the
# metric to every output. The whole evaluate() list is printed: Keras 2 lists it in output
# order, which the dict outputs' sorted keys keep, so it is left as it is.
import keras
import numpy as np
from keras import layers

N = 8
x = np.full((N, 2), 1.0, "float32")
y_1 = np.full((N, 1), 3.0, "float32")
y_2 = np.full((N, 1), 7.0, "float32")

inp = keras.Input(shape=(2,), name="inp")
h = layers.Dense(3, kernel_initializer="ones", bias_initializer="zeros")(inp)
out_1 = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros")(h)
out_2 = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones")(h)
model = keras.Model(inputs=inp, outputs=[out_1, out_2])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mse", metrics=["mae"])
model.fit(x, [y_1, y_2], batch_size=N, verbose=0)
result = model.evaluate(x, [y_1, y_2], verbose=0)
print("Result :", result)
