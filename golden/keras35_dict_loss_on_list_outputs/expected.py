# The Keras 3.5.0 bug (keras-team/keras#20596): a dict loss on a model whose outputs
# are a list was flattened in sorted-key order, so "alpha" got zeta's loss.
import keras
from keras import layers

in_z = keras.Input(shape=(1,), name="in_z")
in_a = keras.Input(shape=(1,), name="in_a")
zeta = layers.Dense(1, name="zeta")(in_z)
alpha = layers.Dense(1, name="alpha")(in_a)
model = keras.Model(
    inputs={"in_z": in_z, "in_a": in_a}, outputs={"zeta": zeta, "alpha": alpha}
)
model.compile(
    optimizer="sgd",
    loss={"alpha": "mse", "zeta": "binary_crossentropy"},
)
model.fit({"in_z": x_z, "in_a": x_a}, {"zeta": y_zeta, "alpha": y_alpha}, epochs=1)
