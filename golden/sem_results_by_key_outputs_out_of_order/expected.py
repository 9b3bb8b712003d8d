# Named outputs out of sorted order (zeta before alpha), and evaluate() results unpacked by
# position. With dict outputs Keras 3.5/3.6 list the per-output losses in sorted-key order, so
# the rewrite reads every result by key, and each name keeps the value it had on every version.
import keras
import numpy as np
from keras import layers

N = 8
x = np.full((N, 2), 1.0, "float32")
y_zeta = np.full((N, 1), 3.0, "float32")
y_alpha = np.full((N, 1), 7.0, "float32")

inp = keras.Input(shape=(2,), name="inp")
h = layers.Dense(2, kernel_initializer="ones", bias_initializer="zeros")(inp)
zeta = layers.Dense(1, kernel_initializer="ones", name="zeta")(h)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="ones", name="alpha")(h)
model = keras.Model(inputs=inp, outputs={"zeta": zeta, "alpha": alpha})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"zeta": "mse", "alpha": "mae"},
)
model.fit(x, {"zeta": y_zeta, "alpha": y_alpha}, batch_size=N, verbose=0)
results = model.evaluate(
    x, {"zeta": y_zeta, "alpha": y_alpha}, verbose=0, return_dict=True
)
total, zeta_loss, alpha_loss = (
    results["loss"],
    results["zeta_loss"],
    results["alpha_loss"],
)
print(total, zeta_loss, alpha_loss)
