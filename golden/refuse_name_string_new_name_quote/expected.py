# The dict key "it's" becomes the layer's name, and the monitored key would have to become
# val_it's_loss, and a layer named so raises on TensorFlow (not a valid scope name): the
# tool refuses (MKD104) rather than name it so.
import keras
from keras import layers
inp = keras.Input(shape=(4,), name="inp")
h = layers.Dense(8)(inp)
p = layers.Dense(1)(h)
q = layers.Dense(1)(h)
model = keras.Model(inp, {"it's": p, "q": q})
model.compile(optimizer="adam", loss={"it's": "mse", "q": "mse"})
stop = keras.callbacks.EarlyStopping(monitor='val_dense_1_loss')
model.fit(x_train, {"it's": y_p, "q": y_q}, validation_split=0.2, callbacks=[stop])
