# A custom metric and a custom loss forward their `name` parameter to the Keras base class:
# those names are no layer names, so the unnamed Inputs can still be named.
import keras
import numpy as np
from keras import layers


class MeanAbsolute(keras.metrics.Mean):
    def __init__(self, name="mean_absolute", **kwargs):
        super().__init__(name=name, **kwargs)

    def update_state(self, y_true, y_pred, sample_weight=None):
        super().update_state(y_pred, sample_weight)


class Offset(keras.losses.Loss):
    def __init__(self, offset=1000.0, name="offset"):
        super().__init__(name=name)
        self.offset = offset

    def call(self, y_true, y_pred):
        return self.offset + 10.0 * y_true + y_pred


N = 4
x_z = np.full((N, 1), 1.0, "float32")
x_a = np.full((N, 1), 2.0, "float32")
y = np.full((N, 1), 3.0, "float32")

in_z = keras.Input(shape=(1,), name="in_z")
in_a = keras.Input(shape=(1,), name="in_a")
joined = layers.Concatenate()([in_z, in_a])
score = layers.Dense(1, kernel_initializer="ones", name="score")(joined)
model = keras.Model({"in_z": in_z, "in_a": in_a}, score)
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss=Offset(), metrics=[MeanAbsolute()]
)
model.fit({"in_z": x_z, "in_a": x_a}, y, batch_size=N, verbose=0)
results = model.evaluate(
    {"in_z": x_z, "in_a": x_a}, y, batch_size=N, verbose=0, return_dict=True
)
print(sorted(results.items()))
print(model.predict({"in_z": x_z, "in_a": x_a}, verbose=0).tolist())
