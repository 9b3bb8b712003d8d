# The hidden layer comes from another module, which names it "price": the name the tool would
# give the first output layer. Keras allows a name once per model (ValueError at Model(...)).
import keras
from blocks import block
from keras import layers

scan = keras.Input(shape=(2,), name="scan")
h = block(scan)
price = layers.Dense(1)(h)
volume = layers.Dense(1)(h)
model = keras.Model(scan, [price, volume])
model.compile(optimizer="sgd", loss=["mse", "mae"])
