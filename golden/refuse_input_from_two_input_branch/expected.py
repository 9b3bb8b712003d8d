# One branch model has two Inputs, so its `.input` is a list of two tensors, not one the
# combined model can key by name.
import keras
from keras import layers

in_z = keras.Input(shape=(1,))
in_a = keras.Input(shape=(1,))
h = layers.Dense(2)(layers.concatenate([in_z, in_a]))
left = keras.Model(inputs=[in_z, in_a], outputs=h)
in_b = keras.Input(shape=(1,))
h = layers.Dense(2)(in_b)
right = keras.Model(inputs=in_b, outputs=h)
joined = layers.concatenate([left.output, right.output])
score = layers.Dense(1, name="score")(joined)
model = keras.Model(inputs=[left.input, right.input], outputs=score)
model.compile(optimizer="adam", loss="mse")
model.fit([[x_z, x_a], x_b], y, epochs=2)
