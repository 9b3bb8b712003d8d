import keras
from keras import layers

inp = keras.Input(shape=(20,), name="features")
hidden = layers.Dense(32, activation="relu")(inp)
# An output variable called `dense` would become name="dense": Keras' own automatic
# name for the hidden Dense layer above, so Model(...) would raise on the duplicate.
dense = layers.Dense(1)(hidden)
sparse = layers.Dense(1, activation="sigmoid", name="sparse")(hidden)
model = keras.Model(inp, [dense, sparse])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(x, [y_dense, y_sparse], epochs=3)
