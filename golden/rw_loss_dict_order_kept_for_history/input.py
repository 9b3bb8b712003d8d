# A loss dict out of output order, and the program reads the order of the logs (the whole
# history): the dict is put in output order, and MKD011 says which read needs it.
import keras
from keras import layers

inp = keras.Input(shape=(4,), name="inp")
zeta = layers.Dense(1, name="zeta")(inp)
alpha = layers.Dense(1, name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer="sgd", loss={"alpha": "mse", "zeta": "mae"})
history = model.fit(x, [y_zeta, y_alpha], epochs=2, verbose=0)
for key in history.history:
    print(key)
