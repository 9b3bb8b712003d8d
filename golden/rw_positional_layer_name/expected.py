import keras
from keras import layers

inp = keras.Input(shape=(4, 1), name="inp")
pool_a = layers.MaxPooling1D(2, 2, "valid", None, "pool_a")(inp)  # name passed positionally
pool_b = layers.AveragePooling1D(2, name="pool_b")(inp)
model = keras.Model(inputs=inp, outputs={"pool_a": pool_a, "pool_b": pool_b})
model.compile(loss={"pool_a": "mse", "pool_b": "mse"})
print(model.output_names)
