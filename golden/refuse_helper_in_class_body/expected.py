# A helper defined in a class body is also reached as `Reports.show(other)`, an attribute
# the tool does not count as a use of the function: a rewrite of its body for `model` would
# break `other`, so the model is not followed into it (MKD106).
import keras
from keras import layers

inp = keras.Input(shape=(2,), name="inp")
model = keras.Model(inp, [layers.Dense(1, name="age")(inp), layers.Dense(1, name="gender")(inp)])
model.compile(optimizer="adam", loss=["mse", "mse"])
other = keras.Model(inp, [layers.Dense(1, name="a")(inp), layers.Dense(1, name="b")(inp)])


class Reports:
    def show(m):
        print(m.predict(x_test, verbose=0)[0].mean())

    show(model)


model.fit(x_train, [y_age, y_gender], epochs=1)
Reports.show(other)
