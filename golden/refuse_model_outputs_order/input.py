import keras
from keras import layers

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
zeta = layers.Dense(1, name="zeta")(h)
alpha = layers.Dense(1, name="alpha")(h)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer="adam", loss=["mse", "mae"])
model.fit(x_train, [y_zeta, y_alpha], epochs=3)

# Sorted key order (alpha, zeta) differs from the list order (zeta, alpha).
for tensor in model.outputs:
    print(tensor.shape)
