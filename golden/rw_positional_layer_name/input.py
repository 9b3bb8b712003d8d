import keras
from keras import layers

inp = keras.Input(shape=(4, 1), name="inp")
pool_a = layers.MaxPooling1D(2, 2, "valid", None, "pool_a")(inp)  # name passed positionally
pool_b = layers.AveragePooling1D(2)(inp)
model = keras.Model(inputs=inp, outputs=[pool_a, pool_b])
model.compile(loss=["mse", "mse"])
print(model.output_names)
