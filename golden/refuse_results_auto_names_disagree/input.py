# Unnamed output layers whose automatic names are dense and dense_1, metrics per output, and
# evaluate() results unpacked by position. Keras 2 lists the metrics in output order
# (dense_mae, dense_1_mae); Keras 3 sorts them by log key (dense_1_mae, dense_mae): the
# original reads other values on each, so no rewrite can keep both, and the model is refused.
import keras
from keras import layers

first = keras.Input(shape=(2,), name="first")
second = keras.Input(shape=(2,), name="second")
price = layers.Dense(1)(first)
volume = layers.Dense(1)(second)
model = keras.Model(inputs=[first, second], outputs=[price, volume])
model.compile(optimizer="sgd", loss=["mse", "mse"], metrics=[["mae"], ["mae"]])
model.fit([x_1, x_2], [y_1, y_2])
total, price_loss, volume_loss, price_mae, volume_mae = model.evaluate([x_1, x_2], [y_1, y_2])
