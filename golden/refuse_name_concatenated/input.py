import keras
from keras import layers

prefix = "head"
inp = keras.Input(shape=(12,), name="features")
h = layers.Dense(32, activation="relu")(inp)
age = layers.Dense(1, name=prefix + "_age")(h)
income = layers.Dense(1, name="income")(h)
model = keras.Model(inputs=inp, outputs=[age, income])
model.compile(optimizer="adam", loss=["mse", "mae"], loss_weights=[1.0, 0.1])
model.fit(x_train, [y_age, y_income], epochs=8)
