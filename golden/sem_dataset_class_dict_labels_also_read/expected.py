"""A Sequence that already yields dict labels, keyed by the output names; the program also
draws a batch from it to size the heads. Nothing in it changes, so that read is left alone.
Keras 3.5/3.6 paired these dict labels with the list outputs in sorted-key order; the dict
model pairs them by name."""

import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


class Faces(keras.utils.Sequence):
    def __len__(self):
        return 2

    def __getitem__(self, index):
        x = np.full((4, 2), 1.0 + index, "float32")
        target = {
            "gender": np.full((4, 1), 3.0, "float32"),
            "age": np.full((4, 1), 5.0, "float32"),
        }
        return x, target


train = Faces()
images, targets = next(iter(train))
units = {name: value.shape[1] for name, value in targets.items()}
print(sorted(units.items()))

face = keras.Input(shape=(2,), name="face")
hidden = layers.Dense(3, kernel_initializer="ones", bias_initializer="zeros")(face)
age = layers.Dense(units["age"], kernel_initializer="ones", name="age")(hidden)
gender = layers.Dense(units["gender"], kernel_initializer="ones", name="gender")(hidden)
model = keras.Model(face, {"gender": gender, "age": age})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss={"gender": P, "age": Q}
)
history = model.fit(train, epochs=1, verbose=0)
print(sorted(history.history.items()))
