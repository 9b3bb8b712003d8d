# Two branch models, each on its own Input, combined through their `.input`.
import keras
import numpy as np
from keras import layers

N = 4
x_z = np.full((N, 1), 1.0, "float32")
x_a = np.full((N, 1), 2.0, "float32")
y = np.full((N, 1), 3.0, "float32")

in_z = keras.Input(shape=(1,))
h = layers.Dense(2, kernel_initializer="ones")(in_z)
left = keras.Model(inputs=in_z, outputs=h)
in_a = keras.Input(shape=(1,))
h = layers.Dense(2, kernel_initializer="zeros")(in_a)
right = keras.Model(in_a, h)
joined = layers.concatenate([left.output, right.output])
score = layers.Dense(1, kernel_initializer="ones", name="score")(joined)
model = keras.Model(inputs=[left.input, right.input], outputs=score)
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mse")
model.fit([x_z, x_a], y, batch_size=N, verbose=0)
print(model.evaluate([x_z, x_a], y, batch_size=N, verbose=0))
print(model.predict([x_z, x_a], verbose=0).tolist())
print(left.predict(x_z, verbose=0).tolist(), right.predict(x_a, verbose=0).tolist())
