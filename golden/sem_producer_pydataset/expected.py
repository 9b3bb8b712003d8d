"""Training through a keras.utils.PyDataset whose __getitem__ returns (x, [y1, y2], [w1, w2])."""

import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


class Shards(keras.utils.PyDataset):
    def __len__(self):
        return 3

    def __getitem__(self, index):
        x = np.full((4, 1), 1.0 + index, "float32")
        y_zeta = np.full((4, 1), 3.0, "float32")
        y_alpha = np.full((4, 1), 5.0, "float32")
        w_zeta = np.ones((4,), "float32")
        w_alpha = np.full((4,), 2.0, "float32")
        return x, {"zeta": y_zeta, "alpha": y_alpha}, {"zeta": w_zeta, "alpha": w_alpha}


inp = keras.Input(shape=(1,), name="inp")
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(inp)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="alpha")(inp)
model = keras.Model(inp, {"zeta": zeta, "alpha": alpha})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss={"zeta": P, "alpha": Q}
)
history = model.fit(Shards(), epochs=1, verbose=0)
print({k: round(v[-1], 3) for k, v in sorted(history.history.items())})
