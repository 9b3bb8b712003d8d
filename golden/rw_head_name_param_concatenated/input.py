# A head helper names its layer `name + "_score"`, the same string an f-string would
# give; each call passes `name` a string literal, so each output is keyed by its name.
import keras
from keras import layers


def score_head(x, name):
    return layers.Dense(1, activation="sigmoid", name=name + "_score")(x)


words = keras.Input(shape=(50,), name="words")
hidden = layers.Dense(24, activation="relu")(words)
spam = score_head(hidden, name="spam")
toxic = score_head(hidden, name="toxic")
model = keras.Model(inputs=words, outputs=[spam, toxic])
model.compile(optimizer="adam", loss=["binary_crossentropy", "binary_crossentropy"])
model.fit(x_train, [y_spam, y_toxic], epochs=3)
