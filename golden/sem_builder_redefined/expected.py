# A tutorial builds its model in one section, then defines the builder again in a later
# section with other heads; each call uses the definition that comes before it.
import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


def mP(y_true, y_pred):
    return 100.0 + 10.0 * y_true + y_pred


N = 8
x = np.full((N, 1), 1.0, "float32")
y_a = np.full((N, 1), 3.0, "float32")
y_b = np.full((N, 1), 5.0, "float32")


def make_net():
    feats = keras.Input(shape=(1,), name="feats")
    score = layers.Dense(1, kernel_initializer="ones", name="score")(feats)
    box = layers.Dense(1, kernel_initializer="zeros", name="box")(feats)
    return keras.Model(feats, {"score": score, "box": box})


net = make_net()
net.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"score": P, "box": Q},
    metrics={"score": [mP], "box": []},
)
net.fit(x, {"score": y_a, "box": y_b}, batch_size=N, verbose=0)
predictions = net.predict(x, verbose=0)
first, second = predictions["score"], predictions["box"]
print(float(first[0, 0]), float(second[0, 0]))


def make_net():
    feats = keras.Input(shape=(1,), name="feats")
    hidden = layers.Dense(2, kernel_initializer="ones")(feats)
    zeta = layers.Dense(
        1, kernel_initializer="ones", bias_initializer="zeros", name="zeta"
    )(hidden)
    alpha = layers.Dense(
        1, kernel_initializer="zeros", bias_initializer="ones", name="alpha"
    )(hidden)
    return keras.Model(feats, {"zeta": zeta, "alpha": alpha})


net = make_net()
net.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"zeta": P, "alpha": Q},
    loss_weights={"zeta": 1.0, "alpha": 0.5},
)
net.fit(x, {"zeta": y_a, "alpha": y_b}, batch_size=N, verbose=0)
net.evaluate(x, {"zeta": y_a, "alpha": y_b}, batch_size=N, verbose=0, return_dict=True)
