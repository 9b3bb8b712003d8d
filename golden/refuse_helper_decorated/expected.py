# A decorated helper: the decorator may call it with other arguments, or keep the model, so
# the tool does not follow the model into it (MKD106).
import functools

import keras
from keras import layers

inp = keras.Input(shape=(2,), name="inp")
model = keras.Model(inp, [layers.Dense(1, name="age")(inp), layers.Dense(1, name="gender")(inp)])
model.compile(optimizer="adam", loss=["mse", "mse"])


@functools.lru_cache(maxsize=None)
def _report(m):
    print(m.predict(x_test, verbose=0)[0].mean())


model.fit(x_train, [y_age, y_gender], epochs=1)
_report(model)
