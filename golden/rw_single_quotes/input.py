import keras
from keras import layers

weather = keras.Input(shape=(7,), name='weather')
calendar = keras.Input(shape=(5,))
h = layers.Dense(32, activation='relu')(layers.concatenate([weather, calendar]))
bookings = layers.Dense(1, activation='relu')(h)
cancellations = layers.Dense(1, activation='relu', name='cancellations')(h)

model = keras.Model([weather, calendar], [bookings, cancellations])
model.compile(optimizer='adam', loss=['mse', 'poisson'], metrics=[['mae'], ['mae']])
model.fit([x_weather, x_calendar], [y_bookings, y_cancel], epochs=12)
p = model.predict([t_weather, t_calendar])
print(p[0][:3])
