"""A shared block that names its layer through a module constant: every model built on it has
a layer called "price", though no name= gives that string here."""

from keras import layers

HIDDEN = "price"


def block(x):
    return layers.Dense(3, name=HIDDEN)(x)
