# Naming the heads frees the automatic names dense and dense_1, so the Dense of `probe`,
# built later, goes from dense_2 to dense. The file prints probe's layers, and Keras 3 shows
# a layer as `<Dense name=dense_2, built=True>`: the tool refuses (MKD128).
import keras
from keras import layers

inp = keras.Input(shape=(1,), name="x")
a_out = layers.Dense(1)(inp)
b_out = layers.Dense(1)(inp)
model = keras.Model(inp, [a_out, b_out])
model.compile(optimizer="sgd", loss=["mse", "mae"])
model.fit(x, [y_a, y_b], epochs=1)

probe_in = keras.Input(shape=(1,), name="probe_in")
probe = keras.Model(probe_in, layers.Dense(1)(probe_in))
print(probe.layers[1:])
