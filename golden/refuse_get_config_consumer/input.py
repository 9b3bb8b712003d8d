import keras
from keras import layers

inp = keras.Input(shape=(1,), name="inp")
head_a = layers.Dense(1, name="head_a")(inp)
head_b = layers.Dense(1, name="head_b")(inp)
model = keras.Model(inputs=inp, outputs=[head_a, head_b])
model.compile(loss=["mse", "mse"])
first_output_layer = model.get_config()["output_layers"][0][0]
print(first_output_layer)
