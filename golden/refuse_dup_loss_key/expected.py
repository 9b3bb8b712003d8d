import keras
from keras import layers

inp = keras.Input(shape=(1,), name="inp")
zeta = layers.Dense(1, name="zeta")(inp)
alpha = layers.Dense(1, name="alpha")(inp)
model = keras.Model(inputs=inp, outputs=[zeta, alpha])
model.compile(loss={"alpha": "mse", "zeta": "mae", "alpha": "mae"})
