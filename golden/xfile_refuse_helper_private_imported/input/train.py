# `_report` is private, yet evaluate.py imports it by name and passes a model of its own: the
# model here is refused (MKD122), not migrated with a body evaluate.py shares.
import keras
from keras import layers

inp = keras.Input(shape=(2,), name="inp")
model = keras.Model(inp, [layers.Dense(1, name="age")(inp), layers.Dense(1, name="gender")(inp)])
model.compile(optimizer="adam", loss=["mse", "mse"])


def _report(m, data):
    preds = m.predict(data, verbose=0)
    print(preds[0].mean(), preds[1].mean())


model.fit(x_train, [y_age, y_gender], epochs=1)
_report(model, x_test)
