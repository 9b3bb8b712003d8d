# One loss string for every output, and evaluate() results read by position: on list outputs
# the per-output losses come in list order (alpha: |5 - 2| = 3, zeta: |3 - 1| = 2). A single
# loss on dict outputs reports them in sorted-key order on every Keras; here that is the list
# order, so the positional results keep their meaning and the model migrates.
import keras
import numpy as np
from keras import layers

N = 8
x_z = np.full((N, 1), 1.0, "float32")
x_a = np.full((N, 1), 2.0, "float32")
y_zeta = np.full((N, 1), 3.0, "float32")
y_alpha = np.full((N, 1), 5.0, "float32")

in_z = keras.Input(shape=(1,), name="in_z")
in_a = keras.Input(shape=(1,), name="in_a")
zeta = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="zeta")(in_z)
alpha = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="alpha")(in_a)
model = keras.Model(
    inputs={"in_a": in_a, "in_z": in_z}, outputs={"alpha": alpha, "zeta": zeta}
)
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mae")
results = model.evaluate(
    {"in_a": x_a, "in_z": x_z}, {"alpha": y_alpha, "zeta": y_zeta}, verbose=0
)
print("alpha loss", results[1], "zeta loss", results[2])
