# The helper is called in a loop that binds the name to another model after the call: the
# second pass hands the helper that model, so its body cannot be rewritten for the first
# (MKD106).
import keras
from keras import layers

inp = keras.Input(shape=(2,), name="inp")
model = keras.Model(inp, [layers.Dense(1, name="age")(inp), layers.Dense(1, name="gender")(inp)])
model.compile(optimizer="adam", loss=["mse", "mse"])


def _report(m):
    print(m.predict(x_test, verbose=0)[0].mean())


model.fit(x_train, [y_age, y_gender], epochs=1)
for width in (1, 2):
    _report(model)
    model = keras.models.load_model(f"legacy_{width}.keras")
