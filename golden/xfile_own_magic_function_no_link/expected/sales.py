# Two lesson scripts each build a module-level `model`; summary.py fits `model` without
# importing or defining it (a notebook cell saved on its own).
import keras
from keras import layers

a = keras.Input(shape=(4,), name="a")
b = keras.Input(shape=(2,), name="b")
h = layers.concatenate([a, b])
units = layers.Dense(1, name="units")(h)
revenue = layers.Dense(1, name="revenue")(h)
model = keras.Model(
    inputs={"a": a, "b": b}, outputs={"units": units, "revenue": revenue}
)
