import numpy as np
import keras
from keras import layers

inp = keras.Input(shape=(1,), name="inp")
head_a = layers.Dense(1, kernel_initializer="ones")(inp)
head_b = layers.Dense(1, kernel_initializer="zeros")(inp)
model = keras.Model(inputs=inp, outputs=[head_a, head_b])
model.compile(loss=["mse", "mse"])  # something for the tool to migrate
outs, _ = model.stateless_call(
    model.trainable_variables, model.non_trainable_variables, np.ones((2, 1))
)
p_head_a, p_head_b = outs
print("head_a:", p_head_a, "head_b:", p_head_b)
