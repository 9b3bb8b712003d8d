# The hidden layer from blocks.py is named "price" by a constant there: the name the tool
# would give the first output layer. Keras raises at Model(...) (measured on Keras 3.15.1).
import keras
from blocks import block
from keras import layers

scan = keras.Input(shape=(2,), name="scan")
h = block(scan)
price = layers.Dense(1)(h)
volume = layers.Dense(1)(h)
model = keras.Model(scan, [price, volume])
model.compile(optimizer="sgd", loss=["mse", "mae"])
