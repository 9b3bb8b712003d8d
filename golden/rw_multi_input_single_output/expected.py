import keras
from keras import layers

prices = keras.Input(shape=(30, 1), name="prices")
volumes = keras.Input(shape=(30, 1), name="volumes")
x = layers.concatenate([prices, volumes])
x = layers.LSTM(32)(x)
forecast = layers.Dense(1)(x)

model = keras.Model(inputs={"prices": prices, "volumes": volumes}, outputs=forecast)
model.compile(optimizer="adam", loss="mse", metrics=["mae"])
model.fit(
    {"prices": x_prices, "volumes": x_volumes},
    y_next,
    epochs=20,
    validation_data=({"prices": v_prices, "volumes": v_volumes}, v_next),
)
next_day = model.predict({"prices": last_prices, "volumes": last_volumes})
print(next_day[0])
