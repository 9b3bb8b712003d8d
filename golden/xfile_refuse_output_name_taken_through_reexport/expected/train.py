# The hidden layer is named "price" in blocks.py, which this file reaches through helpers.py
# only. Keras raises at Model(...) once the tool names the first output "price".
import keras
from helpers import block
from keras import layers

scan = keras.Input(shape=(2,), name="scan")
h = block(scan)
price = layers.Dense(1)(h)
volume = layers.Dense(1)(h)
model = keras.Model(scan, [price, volume])
model.compile(optimizer="sgd", loss=["mse", "mae"])
