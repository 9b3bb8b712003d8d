import keras
from keras import layers

history = keras.Input(
    shape=(30, 4),
    dtype="float32",
    name="history"
)
weekday = keras.Input(shape=(7,), name="weekday")
x = layers.LSTM(32)(history)
x = layers.concatenate([x, weekday])
demand = layers.Dense(
    1,
    activation="relu",
    name="demand"
)(x)
stockout = layers.Dense(  # probability of running out
    1, activation="sigmoid", name="stockout"
)(x)

model = keras.Model(
    inputs={"history": history, "weekday": weekday},
    outputs={"demand": demand, "stockout": stockout},
)
model.compile(
    optimizer="adam", loss={"demand": "poisson", "stockout": "binary_crossentropy"}
)
model.fit(
    {"history": x_hist, "weekday": x_day},
    {"demand": y_demand, "stockout": y_stockout},
    epochs=10,
)
