import keras
from keras import layers


def train(x_wind, x_solar, y_price, y_demand, epochs=10):
    wind = keras.Input(shape=(24,), name="wind")
    solar = keras.Input(shape=(24,), name="solar")
    h = layers.Dense(32, activation="relu")(layers.concatenate([wind, solar]))
    price = layers.Dense(1, name="price")(h)
    demand = layers.Dense(1, name="demand")(h)
    model = keras.Model(
        inputs={"wind": wind, "solar": solar},
        outputs={"price": price, "demand": demand},
    )
    model.compile(
        optimizer="adam",
        loss={"price": "mse", "demand": "mse"},
        loss_weights={"price": 2.0, "demand": 1.0},
    )
    history = model.fit(
        {"wind": x_wind, "solar": x_solar},
        {"price": y_price, "demand": y_demand},
        epochs=epochs,
        verbose=0,
    )
    return history.history["loss"][-1]
