import keras
from keras import layers

inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, name="zeta")(inp)
alpha = layers.Dense(1, name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
# Keras 3: "mae" for zeta only (4 results); Keras 2 broadcasts the flat list: "mae" for
# both outputs (5 results, so this line raises there).
model.compile(optimizer="sgd", loss=["mse", "mae"], metrics=["mae", None])
total, zeta_loss, alpha_loss, zeta_mae = model.evaluate(x_test, [y_zeta, y_alpha])
