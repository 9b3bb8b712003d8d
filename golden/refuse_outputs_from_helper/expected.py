import keras
from keras import layers


def heads(h):
    age = layers.Dense(1, name="age")(h)
    gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
    return [age, gender]


inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
outs = heads(h)
model = keras.Model(inputs=inp, outputs=outs)
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(x_train, [y_age, y_gender], epochs=3)
