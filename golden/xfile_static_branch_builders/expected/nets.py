import keras
from keras import layers


class TwoHeadNet:
    """A trunk and two branches, each built by a static method; `build` assembles them."""

    @staticmethod
    def colour_branch(features, colours):
        x = layers.Dense(16, activation="relu")(features)
        x = layers.Dense(colours)(x)
        x = layers.Activation("softmax", name="colour_output")(x)
        return x

    @staticmethod
    def size_branch(features):
        x = layers.Dense(8, activation="relu")(features)
        return layers.Dense(1, name="size_output")(x)

    @staticmethod
    def build(colours):
        image = keras.Input(shape=(32,), name="image")
        trunk = layers.Dense(32, activation="relu")(image)
        colour = TwoHeadNet.colour_branch(trunk, colours)
        size = TwoHeadNet.size_branch(trunk)
        return keras.Model(
            inputs=image, outputs={"colour_output": colour, "size_output": size}
        )
