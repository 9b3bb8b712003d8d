# The builder is linked with train.py (MKD121), and the names pass leaves linked files as
# their group decided: it names the first output "price", which blocks.py already names.
import keras
from blocks import block
from keras import layers


def build_model():
    scan = keras.Input(shape=(2,), name="scan")
    h = block(scan)
    price = layers.Dense(1)(h)
    volume = layers.Dense(1)(h)
    model = keras.Model(scan, [price, volume])
    model.compile(optimizer="sgd", loss=["mse", "mae"])
    return model
