import keras
from keras import layers

weather = keras.Input(shape=(7,), name='weather')
calendar = keras.Input(shape=(5,), name='calendar')
h = layers.Dense(32, activation='relu')(layers.concatenate([weather, calendar]))
bookings = layers.Dense(1, activation='relu', name='bookings')(h)
cancellations = layers.Dense(1, activation='relu', name='cancellations')(h)

model = keras.Model(
    {'weather': weather, 'calendar': calendar},
    {'bookings': bookings, 'cancellations': cancellations},
)
model.compile(
    optimizer='adam',
    loss={'bookings': 'mse', 'cancellations': 'poisson'},
    metrics={'bookings': ['mae'], 'cancellations': ['mae']},
)
model.fit(
    {'weather': x_weather, 'calendar': x_calendar},
    {'bookings': y_bookings, 'cancellations': y_cancel},
    epochs=12,
)
p = model.predict({'weather': t_weather, 'calendar': t_calendar})
print(p['bookings'][:3])
