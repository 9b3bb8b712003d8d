import keras
from keras import layers

inp = keras.Input(shape=(10,), name="features")
h = layers.Dense(32, activation="relu")(inp)
price = layers.Dense(1, name="price")(h)
# Two losses on one head: mse to train, a small mae term for robustness.
model = keras.Model(inp, [price, price])
model.compile(optimizer="adam", loss=["mse", "mae"], loss_weights=[1.0, 0.2])
model.fit(x_train, [y_price, y_price], epochs=5)
