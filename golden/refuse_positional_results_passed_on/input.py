# test_on_batch() results handed to a function and iterated: both read them by position.
import keras
from keras import layers


def report(values):
    for value in values:
        print(round(float(value), 4))


inp = keras.Input(shape=(3,), name="inp")
y_head = layers.Dense(1, name="y_head")(inp)
x_head = layers.Dense(1, name="x_head")(inp)
model = keras.Model(inp, [y_head, x_head])
model.compile(optimizer="sgd", loss=["mse", "mse"])
report(model.test_on_batch(x, [ty, tx]))
