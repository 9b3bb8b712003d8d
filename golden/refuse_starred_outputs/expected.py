import keras
from keras import layers

TASKS = ["age", "income", "height"]

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(32, activation="relu")(inp)
heads = [layers.Dense(1, name=task)(h) for task in TASKS]
aux = layers.Dense(1, activation="sigmoid", name="aux")(h)
model = keras.Model(inputs=inp, outputs=[*heads, aux])
model.compile(optimizer="adam", loss=["mse", "mse", "mse", "binary_crossentropy"])
model.fit(x_train, [y_age, y_income, y_height, y_aux], epochs=3)
