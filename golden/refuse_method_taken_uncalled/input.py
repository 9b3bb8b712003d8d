# A method of the model taken without a call: the tool cannot see what describe() returns
# (to_json would describe dict input and output layers after the rewrite).
import keras
from keras import layers

inp = keras.Input(shape=(4,), name="inp")
cls = layers.Dense(3, activation="softmax", name="cls")(inp)
box = layers.Dense(4, name="box")(inp)
model = keras.Model(inp, [cls, box])
model.compile(optimizer="adam", loss=["categorical_crossentropy", "mse"])
describe = model.to_json
print(describe())
