# One helper reads the predictions of two models by position: a rewrite of its body for one
# model would break the other, so the model passed to it is not followed there (MKD106).
import keras
from keras import layers

inp = keras.Input(shape=(2,), name="inp")
model = keras.Model(inp, [layers.Dense(1, name="age")(inp), layers.Dense(1, name="gender")(inp)])
model.compile(optimizer="adam", loss=["mse", "mse"])
baseline = keras.Model(inp, [layers.Dense(1, name="a")(inp), layers.Dense(1, name="b")(inp)])


def _report(m, data):
    preds = m.predict(data, verbose=0)
    print(preds[0].mean(), preds[1].mean())


model.fit(x_train, [y_age, y_gender], epochs=1)
_report(model, x_test)
_report(baseline, x_test)
