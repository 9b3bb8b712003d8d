# Another module of the run names a layer "price", but this file does not import it: the
# models here never hold that layer, so the output layer may take the name.
import keras
from keras import layers

scan = keras.Input(shape=(2,), name="scan")
h = layers.Dense(3)(scan)
price = layers.Dense(1, name="price")(h)
volume = layers.Dense(1, name="volume")(h)
model = keras.Model(scan, {"price": price, "volume": volume})
model.compile(optimizer="sgd", loss={"price": "mse", "volume": "mae"})
