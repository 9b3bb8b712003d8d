# The assignment of `x` that reaches the constructor is a helper's result, which may be a
# list of heads: the model may have several outputs the tool cannot see into.
import keras
from keras import layers


def heads(h):
    return [layers.Dense(1, name="age")(h), layers.Dense(1, name="gender")(h)]


features = keras.Input(shape=(8,), name="features")
x = layers.Dense(16, activation="relu")(features)
x = heads(x)
model = keras.Model(inputs=features, outputs=x)
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(x_train, [y_age, y_gender], epochs=3)
