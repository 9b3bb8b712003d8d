import keras
from keras import layers

inp = keras.Input(shape=(1,), name="x")
b0 = layers.Dense(1, activation="sigmoid", name="binary_0")(inp)
binary = layers.Dense(1, activation="sigmoid", name="binary")(inp)
model = keras.Model(inp, [b0, binary])
model.compile(
    optimizer="sgd",
    loss=["mse", "binary_crossentropy"],
    metrics=[["binary_accuracy"], ["accuracy"]],
)
# `binary` + "accuracy" logs `binary_accuracy`, the other output's metric name:
# Keras 3 lists it right after the total loss.
total, l1, l2, m1, m2 = model.evaluate(x_test, [y0, y1], verbose=0)

inp2 = keras.Input(shape=(1,), name="x2")
ab = layers.Dense(1, activation="sigmoid", name="a_binary")(inp2)
a = layers.Dense(1, activation="sigmoid", name="a")(inp2)
model2 = keras.Model(inp2, [ab, a])
model2.compile(
    optimizer="sgd",
    loss=["mse", "binary_crossentropy"],
    metrics=[["accuracy"], ["binary_accuracy"]],
)
# Both log `a_binary_accuracy`; Keras 3 renames the second `a_binary_accuracy_1`.
total, l1, l2, m1, m2 = model2.evaluate(x_test, [y0, y1], verbose=0)
