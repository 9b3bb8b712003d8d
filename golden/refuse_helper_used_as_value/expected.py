# The helper is also handed on as a value (to a callback): the tool cannot see every call
# of it, so it does not follow the model into it (MKD106).
import keras
from keras import layers

inp = keras.Input(shape=(2,), name="inp")
model = keras.Model(inp, [layers.Dense(1, name="age")(inp), layers.Dense(1, name="gender")(inp)])
model.compile(optimizer="adam", loss=["mse", "mse"])


def _report(m):
    print(m.predict(x_test, verbose=0)[0].mean())


hook = keras.callbacks.LambdaCallback(on_train_end=lambda logs: _report(model))
model.fit(x_train, [y_age, y_gender], epochs=1, callbacks=[hook])
schedule = [_report]
