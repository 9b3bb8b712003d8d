# The model reaches the helper through `*args`: the tool cannot tell which parameter holds
# it, so it does not follow it (MKD106).
import keras
from keras import layers

inp = keras.Input(shape=(2,), name="inp")
model = keras.Model(inp, [layers.Dense(1, name="age")(inp), layers.Dense(1, name="gender")(inp)])
model.compile(optimizer="adam", loss=["mse", "mse"])


def _report(*parts):
    m, data = parts
    print(m.predict(data, verbose=0)[0].mean())


model.fit(x_train, [y_age, y_gender], epochs=1)
_report(model, x_test)
