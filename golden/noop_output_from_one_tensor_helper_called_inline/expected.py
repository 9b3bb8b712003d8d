# A helper called right in the constructor that returns one layer's result: one input and
# one output, nothing to migrate and nothing to say.
import keras
from keras import layers


def head(h):
    return layers.Dense(1, activation="sigmoid")(layers.Dense(16)(h))


inp = keras.Input(shape=(8,), name="features")
model = keras.Model(inputs=inp, outputs=head(inp))
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(x_train, y_train, epochs=3)
