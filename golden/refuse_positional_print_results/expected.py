# The whole positional list printed: its order is what the program writes to stdout, and
# with dict outputs Keras 3.5/3.6 print the per-output losses in sorted-key order.
import keras
from keras import layers

inp = keras.Input(shape=(6,), name="inp")
price = layers.Dense(1, name="price")(inp)
demand = layers.Dense(1, name="demand")(inp)
model = keras.Model(inp, [price, demand])
model.compile(optimizer="adam", loss=["mse", "mae"])
model.fit(x, [y_price, y_demand])
print(model.evaluate(x_test, [t_price, t_demand], verbose=0))
