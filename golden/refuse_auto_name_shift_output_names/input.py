# Naming the first model's output layers (dense, dense_1) would rename the second model's
# unnamed outputs from dense_2/dense_3 to dense/dense_1, and the file reads them through
# `output_names`: the tool refuses the first model (MKD128) instead of warning.
import keras
from keras import layers

inp = keras.Input(shape=(4,), name="inp")
age = layers.Dense(1)(inp)
gender = layers.Dense(1, activation="sigmoid")(inp)
first = keras.Model(inp, [age, gender])
first.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
first.fit(x_train, [y_age, y_gender], epochs=2)

other_in = keras.Input(shape=(4,), name="other_in")
second = keras.Model(other_in, [layers.Dense(1)(other_in), layers.Dense(1)(other_in)])
for name in second.output_names:
    print(name)
