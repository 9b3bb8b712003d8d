# A filepath template held in a variable: the tool updates templates only where it sees
# them passed to a callback, so it refuses rather than leave `{val_dense_1_loss}` behind
# (ModelCheckpoint would fail to format the path).
import keras
from keras import layers

inp = keras.Input(shape=(4,), name="inp")
h = layers.Dense(8)(inp)
price = layers.Dense(1)(h)
size = layers.Dense(1)(h)
model = keras.Model(inp, [price, size])
model.compile(optimizer="adam", loss=["mse", "mse"])
template = "ckpt-{epoch:02d}-{val_dense_1_loss:.3f}.keras"
checkpoint = keras.callbacks.ModelCheckpoint(template)
model.fit(x_train, [y_price, y_size], validation_split=0.2, callbacks=[checkpoint], epochs=5)
