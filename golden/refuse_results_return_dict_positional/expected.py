import keras
from keras import layers

inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, name="zeta")(inp)
alpha = layers.Dense(1, name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer="sgd", loss=["mse", "mae"])
# The 4th positional argument is `return_dict` on Keras 3 (`reset_metrics` on Keras 2):
# a keyword `return_dict=True` beside it raises TypeError.
total, z, a = model.test_on_batch(x_batch, [y_zeta, y_alpha], None, False)
total, z, a = model.train_on_batch(x_batch, [y_zeta, y_alpha], *extra)
