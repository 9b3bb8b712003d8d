# The helper's parameter is bound again in its body: which uses see the model the tool cannot
# tell, so it does not follow the model there (MKD106).
import keras
from keras import layers

inp = keras.Input(shape=(2,), name="inp")
model = keras.Model(inp, [layers.Dense(1, name="age")(inp), layers.Dense(1, name="gender")(inp)])
model.compile(optimizer="adam", loss=["mse", "mse"])


def _report(m, data):
    if data is None:
        m = keras.models.load_model("best.keras")
    preds = m.predict(x_test, verbose=0)
    print(preds[0].mean())


model.fit(x_train, [y_age, y_gender], epochs=1)
_report(model, None)
