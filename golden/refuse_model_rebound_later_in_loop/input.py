# The loop reads `model` and then binds it to another model: its second pass reads the other
# one. LibCST's scopes leave that later binding out of the read's referents, so the tool checks
# the loop itself and refuses (MKD113) instead of rewriting `preds[0]` for the first model only.
import keras
from keras import layers

inp = keras.Input(shape=(1,), name="x")
zeta = layers.Dense(1, name="zeta")(inp)
alpha = layers.Dense(1, name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
for _ in range(2):
    preds = model.predict(x_test, verbose=0)
    print(preds[0])
    model = keras.Model(inp, [alpha, zeta, zeta])
