import keras
from keras import layers

prices = keras.Input(shape=(30, 1), name="prices")
volumes = keras.Input(shape=(30, 1), name="volumes")
x = layers.concatenate([prices, volumes])
x = layers.LSTM(32)(x)
forecast = layers.Dense(1)(x)

model = keras.Model(inputs=[prices, volumes], outputs=forecast)
model.compile(optimizer="adam", loss="mse", metrics=["mae"])
model.fit([x_prices, x_volumes], y_next, epochs=20, validation_data=([v_prices, v_volumes], v_next))
next_day = model.predict([last_prices, last_volumes])
print(next_day[0])
