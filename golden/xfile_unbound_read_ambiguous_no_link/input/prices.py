# Two scripts each build a module-level `model`; report.py fits `model` without importing or
# defining it, and no file of the run runs another's code. Run on its own it raises
# NameError; which script it would follow nothing says: unrelated scripts, so it links to
# neither and both models migrate (a sole exporter, or a file that runs code, would link).
import keras
from keras import layers

a = keras.Input(shape=(4,), name="a")
b = keras.Input(shape=(2,), name="b")
h = layers.concatenate([a, b])
price = layers.Dense(1, name="price")(h)
volume = layers.Dense(1, name="volume")(h)
model = keras.Model(inputs=[a, b], outputs=[price, volume])
