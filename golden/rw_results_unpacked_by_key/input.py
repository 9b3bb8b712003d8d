# Layers already named, and evaluate() results unpacked by position. The rewrite adds no
# name, but "aux_output" sorts before "output": with dict outputs Keras 3.5/3.6 return
# [total, aux_loss, main_loss], so the rewrite reads the results by key instead.
import keras
from keras import layers

a = keras.Input(shape=(8,), name="a")
b = keras.Input(shape=(4,), name="b")
h = layers.concatenate([a, b])
output = layers.Dense(1, name="output")(h)
aux_output = layers.Dense(1, name="aux_output")(h)
model = keras.Model(inputs=[a, b], outputs=[output, aux_output])
model.compile(optimizer="adam", loss=["mse", "mse"])
model.fit([xa, xb], [y, y], epochs=3)
total, main_loss, aux_loss = model.evaluate([xa, xb], [y, y])
print(f"main {main_loss:.3f} aux {aux_loss:.3f}")
