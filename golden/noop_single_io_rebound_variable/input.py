# One input, one output: `x` is rebound by a helper, but the assignment that reaches the
# constructor is a layer call, so it is one tensor. Nothing to migrate, no finding.
import keras
from keras import layers


def block(x, units):
    return layers.Dense(units, activation="relu")(x)


def build(deep):
    inputs = keras.Input(shape=(8,))
    x = block(inputs, 16)
    x = block(x, 16 if deep else 8)
    x = layers.Dense(3)(x)
    x = layers.Activation("softmax")(x)
    return keras.Model(inputs, x)


model = build(deep=True)
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(x_train, y_train, epochs=2)
