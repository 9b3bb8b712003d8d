# The first model is trained, then `model` is bound again in both arms of an if/else:
# the compile after the branch can never see the first model.
import keras
from keras import layers

USE_WIDE = True

inp = keras.Input(shape=(6,), name="inp")
price = layers.Dense(1, name="price")(inp)
volume = layers.Dense(1, name="volume")(inp)
model = keras.Model(inputs=inp, outputs=[price, volume])
model.compile(optimizer="adam", loss=["mse", "mae"], loss_weights=[1.0, 0.5])
model.fit(x_train, [y_price, y_volume], epochs=2)

if USE_WIDE:
    model = keras.Sequential(
        [keras.Input(shape=(6,)), layers.Dense(64), layers.Dense(1)]
    )
else:
    model = keras.Sequential(
        [keras.Input(shape=(6,)), layers.Dense(8), layers.Dense(1)]
    )
model.compile(optimizer="adam", loss="mse")
model.fit(x_train, y_price, epochs=2)
