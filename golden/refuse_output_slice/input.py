import keras
from keras import layers

inp = keras.Input(shape=(10,), name="features")
h = layers.Dense(32, activation="relu")(inp)
h = layers.Dense(2, name="both")(h)
price = h[:, 0]
volume = layers.Dense(1, name="volume")(h)
model = keras.Model(inp, [price, volume])
model.compile(optimizer="adam", loss=["mse", "mae"])
model.fit(x_train, [y_price, y_volume], epochs=10)
