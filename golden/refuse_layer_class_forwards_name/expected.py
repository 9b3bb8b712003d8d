# A custom layer forwards its `name` parameter to keras.layers.Layer, and is built with the
# name given by position: the tool cannot read that name, and it is the name it would give
# the first Input.
import keras
from keras import layers


class Scale(layers.Layer):
    def __init__(self, name=None, factor=2.0):
        super().__init__(name=name)
        self.factor = factor

    def call(self, inputs):
        return inputs * self.factor


in_z = keras.Input(shape=(1,))
in_a = keras.Input(shape=(1,))
scaled = Scale("in_z")(in_a)
joined = layers.Concatenate()([in_z, scaled])
score = layers.Dense(1, name="score")(joined)
model = keras.Model([in_z, in_a], score)
model.compile(optimizer="adam", loss="mse")
model.fit([x_z, x_a], y, epochs=2)
