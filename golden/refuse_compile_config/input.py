# get_compile_config() returns the compile arguments as written: the list loss would come
# back as a dict after the rewrite.
import keras
from keras import layers

inp = keras.Input(shape=(4,), name="inp")
cls = layers.Dense(3, activation="softmax", name="cls")(inp)
box = layers.Dense(4, name="box")(inp)
model = keras.Model(inp, [cls, box])
model.compile(optimizer="adam", loss=["categorical_crossentropy", "mse"])
print(model.get_compile_config()["loss"])
