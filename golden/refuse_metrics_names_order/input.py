# model.metrics_names names the positional results; with dict outputs Keras 3.5/3.6 list the
# per-output losses in sorted-key order (left_loss before right_loss), not list order.
import keras
from keras import layers

inp = keras.Input(shape=(2,), name="inp")
right = layers.Dense(1, name="right")(inp)
left = layers.Dense(1, name="left")(inp)
model = keras.Model(inp, [right, left])
model.compile(optimizer="adam", loss=["mse", "mse"])
model.fit(x, [yr, yl])
print(model.metrics_names)
