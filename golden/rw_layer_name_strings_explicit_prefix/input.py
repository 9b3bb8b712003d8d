import keras
from keras import layers

inp = keras.Input(shape=(8,), name="features")
out1 = layers.Dense(1)(inp)
out2 = layers.Dense(1, name="dense_head")(inp)
model = keras.Model(inp, [out1, out2])
model.compile(optimizer="adam", loss=["mse", "mse"])
stop = keras.callbacks.EarlyStopping(monitor="dense_head_loss", mode="min")
history = model.fit(x, [y1, y2], callbacks=[stop])
print(history.history["dense_head_loss"], history.history["dense_loss"])
