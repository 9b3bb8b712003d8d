import keras
from keras import layers

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
zeta = layers.Dense(1, name="zeta")(h)
alpha = layers.Dense(1, name="alpha")(h)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer="adam", loss=["mse", "mae"])
# Saved by the list model: positional, so sorted dict order would load it into the wrong heads.
model.load_weights("pretrained.weights.h5")
model.fit(x_train, [y_zeta, y_alpha], epochs=3)
model.save_weights("finetuned.weights.h5")
