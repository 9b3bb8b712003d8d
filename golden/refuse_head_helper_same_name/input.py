import keras
from keras import layers


def score_head(features):
    return layers.Dense(1, activation="sigmoid", name="score")(features)


left = keras.Input(shape=(10,), name="left")
right = keras.Input(shape=(10,), name="right")
# Both heads get the layer name "score": Keras refuses the model when it is built.
model = keras.Model([left, right], [score_head(left), score_head(right)])
model.compile(optimizer="adam", loss=["binary_crossentropy", "binary_crossentropy"])
