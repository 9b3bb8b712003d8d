# The heads come from a helper called right in the constructor: like a variable bound to
# its result, the outputs may be a list the tool cannot see into (MKD105), which used to
# pass without a word.
import keras
from keras import layers


def heads(h):
    return [layers.Dense(1)(h), layers.Dense(1, activation="sigmoid")(h)]


inp = keras.Input(shape=(8,), name="features")
model = keras.Model(inputs=inp, outputs=heads(layers.Dense(16)(inp)))
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(x_train, [y_age, y_gender], epochs=3)
