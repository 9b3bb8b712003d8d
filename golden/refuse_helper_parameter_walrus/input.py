# A walrus in a comprehension of the helper binds its parameter again (PEP 572), though
# LibCST puts that binding in the comprehension: the model is not followed there (MKD106).
import keras
from keras import layers

inp = keras.Input(shape=(2,), name="inp")
model = keras.Model(inp, [layers.Dense(1, name="age")(inp), layers.Dense(1, name="gender")(inp)])
model.compile(optimizer="adam", loss=["mse", "mse"])


def _report(m, paths):
    [(m := keras.models.load_model(p)) for p in paths]
    print(m.predict(x_test, verbose=0)[0].mean())


model.fit(x_train, [y_age, y_gender], epochs=1)
_report(model, ["legacy.keras"])
