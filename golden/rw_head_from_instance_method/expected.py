# Output heads come from an instance method that names its layer with an f-string of a
# parameter; every call gives that parameter a string literal: keyed as a function's heads are.
import keras
from keras import layers


class HeadMaker:
    def __init__(self, units):
        self.units = units

    def head(self, x, name):
        return layers.Dense(self.units, activation="softmax", name=f"{name}_probs")(x)


heads = HeadMaker(10)
image = keras.Input(shape=(32,), name="image")
trunk = layers.Dense(64, activation="relu")(image)
main = heads.head(trunk, name="main")
aux = heads.head(trunk, name="aux")
model = keras.Model(inputs=image, outputs={"main_probs": main, "aux_probs": aux})
model.compile(
    optimizer="adam",
    loss={
        "main_probs": "sparse_categorical_crossentropy",
        "aux_probs": "sparse_categorical_crossentropy",
    },
    loss_weights={"main_probs": 1.0, "aux_probs": 0.3},
)
model.fit(x_train, {"main_probs": y_train, "aux_probs": y_train}, epochs=2)
