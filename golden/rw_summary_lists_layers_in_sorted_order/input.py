# model.summary() is a display: the model is migrated, and since the dict's sorted keys put
# alpha before zeta, MKD004 says the summary's table lists the layers in that order now.
import keras
from keras import layers

inp = keras.Input(shape=(4,), name="features")
zeta = layers.Dense(1, name="zeta")(inp)
alpha = layers.Dense(1, name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.summary()
model.compile(optimizer="adam", loss=["mse", "mae"])
model.fit(x_train, [y_zeta, y_alpha], epochs=2)
