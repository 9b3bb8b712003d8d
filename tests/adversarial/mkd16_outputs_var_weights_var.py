# Probes MKD016: outputs and weights both come through variables, the loss through a dotted
# Keras function (`keras.losses.mean_absolute_error`), and predictions are read by position.
import keras
import numpy as np
from keras import layers

N = 4
x = np.full((N, 1), 1.0, "float32")
inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(inp)
outs = [zeta, alpha]
weights = [2.0, 0.5]
model = keras.Model(inputs=inp, outputs=outs)
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss=keras.losses.mean_absolute_error,
    loss_weights=weights,
)
logs = model.evaluate(x, [x * 3, x * 5], verbose=0, return_dict=True)
print(sorted((k, round(v, 3)) for k, v in logs.items()))
first, second = model.predict(x, verbose=0)
print(first.ravel().tolist(), second.ravel().tolist())
