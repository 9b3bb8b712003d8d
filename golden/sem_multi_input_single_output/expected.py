# Two unnamed inputs, one output: only the input side becomes a dict; predict stays an array.
import keras
import numpy as np
from keras import layers

N = 6
x_num = np.arange(N * 3, dtype="float32").reshape(N, 3)
x_cat = np.arange(N, dtype="float32").reshape(N, 1) * -1.0
y = np.ones((N, 1), "float32")

num = keras.Input(shape=(3,), name="num")
cat = keras.Input(shape=(1,), name="cat")
merged = layers.concatenate([num, cat])
score = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="score")(merged)
model = keras.Model({"num": num, "cat": cat}, score)
model.compile(optimizer="sgd", loss="mse", metrics=["mae"])
model.fit(
    {"num": x_num, "cat": x_cat}, y, epochs=2, batch_size=3, shuffle=False, verbose=0
)
print(model.evaluate({"num": x_num, "cat": x_cat}, y, verbose=0))
print(model.predict({"num": x_num, "cat": x_cat}, verbose=0).ravel().tolist())
