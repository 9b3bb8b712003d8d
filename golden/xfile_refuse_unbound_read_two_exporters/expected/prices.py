# Two scripts each build a module-level `model`; report.py fits `model` without importing or
# defining it, as code run in one session after either script does. It may follow either,
# so it links to both, and neither model migrates (migrating both beside its calls could
# change what it does with whichever it follows).
import keras
from keras import layers

a = keras.Input(shape=(4,), name="a")
b = keras.Input(shape=(2,), name="b")
h = layers.concatenate([a, b])
price = layers.Dense(1, name="price")(h)
volume = layers.Dense(1, name="volume")(h)
model = keras.Model(inputs=[a, b], outputs=[price, volume])
