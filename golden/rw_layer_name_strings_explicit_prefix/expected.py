import keras
from keras import layers

inp = keras.Input(shape=(8,), name="features")
out1 = layers.Dense(1, name="out1")(inp)
out2 = layers.Dense(1, name="dense_head")(inp)
model = keras.Model(inp, {"out1": out1, "dense_head": out2})
model.compile(optimizer="adam", loss={"out1": "mse", "dense_head": "mse"})
stop = keras.callbacks.EarlyStopping(monitor="dense_head_loss", mode="min")
history = model.fit(x, {"out1": y1, "dense_head": y2}, callbacks=[stop])
print(history.history["dense_head_loss"], history.history["out1_loss"])
