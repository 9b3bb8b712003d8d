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
model = keras.Model(inputs=image, outputs=[main, aux])
model.compile(
    optimizer="adam",
    loss=["sparse_categorical_crossentropy", "sparse_categorical_crossentropy"],
    loss_weights=[1.0, 0.3],
)
model.fit(x_train, [y_train, y_train], epochs=2)
