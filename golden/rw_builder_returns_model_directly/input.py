import keras
from keras import layers


def _make_net(n_features):
    inp = keras.Input(shape=(n_features,), name="inp")
    h = layers.Dense(64, activation="relu")(inp)
    h = layers.Dropout(0.2)(h)
    mean = layers.Dense(1, name="mean")(h)
    log_var = layers.Dense(1, name="log_var")(h)
    return keras.Model(inputs=inp, outputs=[mean, log_var])


def main():
    net = _make_net(13)
    net.compile(optimizer="adam", loss=["mse", "mae"])
    net.fit(x_train, [y_train, y_train_abs], epochs=50, verbose=0)
    mu, sigma = net.predict(x_test)
    return mu, sigma
