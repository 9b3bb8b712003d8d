import keras
from keras import layers

signal = keras.Input(shape=(16,))
cleaned = layers.Dense(16, name="cleaned")(signal)
# The raw signal comes back next to the cleaned one, for plotting both.
model = keras.Model(signal, [cleaned, signal])
model.compile(optimizer="adam", loss=["mse", None])
model.fit(x_noisy, [x_clean, x_noisy], epochs=2)
