# black-formatted input, with a magic trailing comma kept exploded and a line that still
# fits after the edit left on one line.
import keras
from keras import layers

inp = keras.Input(shape=(12,), name="sensor")
h = layers.Dense(
    16,
    activation="relu",
)(inp)
fault = layers.Dense(1, activation="sigmoid", name="fault")(h)
rul = layers.Dense(1, name="rul")(h)
model = keras.Model(inp, [fault, rul])
model.compile(
    optimizer="adam",
    loss=["binary_crossentropy", "mse"],
)
model.fit(x_train, [y_fault_train, y_rul_train], epochs=30, validation_split=0.2)
