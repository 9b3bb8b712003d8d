# Predicting one sample, each input's entry wrapped in a Python list: Keras 2 stacks a list
# inside the list of inputs into one array, but reads it as a nested structure inside a dict
# and fails, so the dict would break this call there. Refused until the entries are arrays.
import keras
from keras import layers

prices = keras.Input(shape=(5, 3), name="prices")
volume = keras.Input(shape=(1,), name="volume")
h = layers.concatenate([layers.Flatten()(prices), volume])
close = layers.Dense(1)(h)
model = keras.Model([prices, volume], close)
model.compile(optimizer="adam", loss="mse")
model.fit([x_prices, x_volume], y_close, epochs=5)
pred = model.predict([[x_prices[-1]], [x_volume[-1]]])
