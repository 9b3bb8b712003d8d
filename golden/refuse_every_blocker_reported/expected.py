# Three unrelated reasons to refuse, on different lines: all are reported at once, by line,
# so fixing one and rerunning does not reveal the next only then.
import keras
from keras import layers

from reports import archive

a = keras.Input(shape=(4,), name="a")
b = keras.Input(shape=(2,), name="b")
h = layers.concatenate([a, b])
price = layers.Dense(1, name="price")(h)
aux = layers.Dense(1, name="aux")(h)
model = keras.Model(inputs=[a, b], outputs=[price, aux])
model.compile(optimizer="adam", loss=["mse", "mae"])
model.fit([xa, xb], [y_price, y_aux], epochs=2)
archive(model)
snapshot = model.get_weights()
model.save("two_heads.keras")
