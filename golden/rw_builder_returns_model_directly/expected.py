import keras
from keras import layers


def _make_net(n_features):
    inp = keras.Input(shape=(n_features,), name="inp")
    h = layers.Dense(64, activation="relu")(inp)
    h = layers.Dropout(0.2)(h)
    mean = layers.Dense(1, name="mean")(h)
    log_var = layers.Dense(1, name="log_var")(h)
    return keras.Model(inputs=inp, outputs={"mean": mean, "log_var": log_var})


def main():
    net = _make_net(13)
    net.compile(optimizer="adam", loss={"mean": "mse", "log_var": "mae"})
    net.fit(x_train, {"mean": y_train, "log_var": y_train_abs}, epochs=50, verbose=0)
    predictions = net.predict(x_test)
    mu, sigma = predictions["mean"], predictions["log_var"]
    return mu, sigma
