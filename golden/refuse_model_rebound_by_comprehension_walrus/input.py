# A comprehension's `:=` binds `model` in the module (PEP 572); LibCST records it in the
# comprehension, so the module's bindings miss it. The tool counts such a name as bound where it
# cannot see, and refuses (MKD113) instead of rewriting `preds[0]` for the first model.
import keras
from keras import layers

inp = keras.Input(shape=(1,), name="x")
model = keras.Model(inp, [layers.Dense(1, name="zeta")(inp), layers.Dense(1, name="alpha")(inp)])
model.compile(optimizer="sgd", loss=["mse", "mae"])
other = keras.Model(inp, [layers.Dense(1, name="b2")(inp), layers.Dense(1, name="b1")(inp)])
[(model := other) for _ in range(1)]
preds = model.predict(x_test, verbose=0)
print(preds[0])
