# Naming the heads frees the automatic names dense and dense_1, so the Dense of `probe`,
# built later, goes from dense_2 to dense. The file prints only how many layers probe has,
# which no name changes: the model is migrated, and the later layer gets a note (MKD119).
import keras
from keras import layers

inp = keras.Input(shape=(1,), name="x")
a_out = layers.Dense(1, name="a_out")(inp)
b_out = layers.Dense(1, name="b_out")(inp)
model = keras.Model(inp, {"a_out": a_out, "b_out": b_out})
model.compile(optimizer="sgd", loss={"a_out": "mse", "b_out": "mae"})
model.fit(x, {"a_out": y_a, "b_out": y_b}, epochs=1)

probe_in = keras.Input(shape=(1,), name="probe_in")
probe = keras.Model(probe_in, layers.Dense(1)(probe_in))
print(len(probe.layers[1:]))
