# Each head helper takes the shared features as `x` and rebinds `x` layer by layer; the last
# layer it returns is named.
import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


def zeta_head(x):
    x = layers.Dense(2, kernel_initializer="ones")(x)
    x = layers.Dense(1, kernel_initializer="ones", name="zeta")(x)
    return x


def alpha_head(x, units=1):
    x = layers.Dense(2, kernel_initializer="zeros")(x)
    x = layers.Dense(units, kernel_initializer="ones", name="alpha")(x)
    return x


N = 4
features = np.full((N, 2), 1.0, "float32")
y_zeta = np.full((N, 1), 3.0, "float32")
y_alpha = np.full((N, 1), 5.0, "float32")

image = keras.Input(shape=(2,), name="image")
zeta = zeta_head(image)
alpha = alpha_head(image)
model = keras.Model(image, [zeta, alpha])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=[P, Q])
model.fit(features, [y_zeta, y_alpha], batch_size=N, verbose=0)
results = model.evaluate(features, [y_zeta, y_alpha], batch_size=N, verbose=0, return_dict=True)
print(sorted(results.items()))
