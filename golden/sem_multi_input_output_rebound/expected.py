# Two unnamed inputs and one output held in `x`, rebound by a helper and then by layer calls:
# the assignment that reaches the constructor is a layer call, one tensor. Only the input
# side becomes a dict; evaluate and predict give what they gave.
import keras
import numpy as np
from keras import layers

N = 6
x_num = np.arange(N * 3, dtype="float32").reshape(N, 3) / 10.0
x_cat = np.arange(N, dtype="float32").reshape(N, 1) * -0.1
y = np.ones((N, 1), "float32")


def block(t, units):
    return layers.Dense(units, kernel_initializer="ones", bias_initializer="zeros")(t)


num = keras.Input(shape=(3,), name="num")
cat = keras.Input(shape=(1,), name="cat")
x = layers.concatenate([num, cat])
x = block(x, 4)
x = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros")(x)
x = layers.Activation("sigmoid")(x)
model = keras.Model({"num": num, "cat": cat}, x)
model.compile(optimizer="sgd", loss="mse", metrics=["mae"])
model.fit(
    {"num": x_num, "cat": x_cat}, y, epochs=2, batch_size=3, shuffle=False, verbose=0
)
print(model.evaluate({"num": x_num, "cat": x_cat}, y, verbose=0))
print(model.predict({"num": x_num, "cat": x_cat}, verbose=0).ravel().tolist())
