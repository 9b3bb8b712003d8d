# The key is built from pieces: "val_" + "dense_1_loss". The tool updates only whole names
# and keys, so it leaves the model as it is and says what to write.
import keras
from keras import layers

inp = keras.Input(shape=(4,), name="inp")
h = layers.Dense(8)(inp)
price = layers.Dense(1)(h)
size = layers.Dense(1)(h)
model = keras.Model(inp, [price, size])
model.compile(optimizer="adam", loss=["mse", "mse"])
key = "val_" + "dense_1_loss"
plateau = keras.callbacks.ReduceLROnPlateau(monitor=key, factor=0.5)
model.fit(x_train, [y_price, y_size], validation_split=0.2, callbacks=[plateau], epochs=20)
