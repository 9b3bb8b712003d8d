# The loop that calls the helper defines it again after the call: the second pass runs the
# new body, which the tool would not rewrite, so the model is not followed (MKD106).
import keras
from keras import layers

inp = keras.Input(shape=(2,), name="inp")
model = keras.Model(inp, [layers.Dense(1, name="age")(inp), layers.Dense(1, name="gender")(inp)])
model.compile(optimizer="adam", loss=["mse", "mse"])


def _report(m):
    print(m.predict(x_test, verbose=0)[0].mean())


model.fit(x_train, [y_age, y_gender], epochs=1)
for _ in range(2):
    _report(model)

    def _report(m):
        print(m.predict(x_test, verbose=0)[1].mean())
