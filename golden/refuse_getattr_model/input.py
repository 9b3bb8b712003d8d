# getattr() on the model: the tool cannot tell which attribute is read or called.
import keras
from keras import layers

inp = keras.Input(shape=(4,), name="inp")
cls = layers.Dense(3, activation="softmax", name="cls")(inp)
box = layers.Dense(4, name="box")(inp)
model = keras.Model(inp, [cls, box])
model.compile(optimizer="adam", loss=["categorical_crossentropy", "mse"])
method = "evaluate" if testing else "fit"
getattr(model, method)(x, [y_cls, y_box])
