# The program iterates the training history's keys. With list outputs Keras 2 logs them in
# output order (zeta, alpha); with dict outputs in sorted-key order (alpha, zeta), which no
# loss-dict order changes (Keras 3 sorts them either way): the model is refused (MKD118).
import keras
from keras import layers

inp = keras.Input(shape=(4,), name="inp")
zeta = layers.Dense(1, name="zeta")(inp)
alpha = layers.Dense(1, name="alpha")(inp)
model = keras.Model(inp, [zeta, alpha])
model.compile(optimizer="sgd", loss={"alpha": "mse", "zeta": "mae"})
history = model.fit(x, [y_zeta, y_alpha], epochs=2, verbose=0)
for key in history.history:
    print(key)
