# The heads come from a helper that names each layer after its argument, on top of a
# backbone model whose one input the head model reuses (`backbone.input`); the names are
# spelled with module constants.
import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


def mQ(y_true, y_pred):
    return 200.0 + 10.0 * y_true + y_pred


N = 8
pixels = np.full((N, 2), 1.0, "float32")
y_size = np.full((N, 1), 3.0, "float32")
y_kind = np.full((N, 1), 5.0, "float32")


def make_backbone():
    image = keras.Input(shape=(2,), name="image")
    trunk = layers.Dense(2, kernel_initializer="ones", name="trunk")(image)
    return keras.Model(image, trunk)


SUFFIX = "_out"
KIND = "kind"


def make_head(label, init, features):
    return layers.Dense(1, kernel_initializer=init, name=f"{label}{SUFFIX}")(features)


backbone = make_backbone()
size = make_head("size", "ones", backbone.output)
kind = make_head(KIND, init="zeros", features=backbone.output)
model = keras.Model(inputs=backbone.input, outputs={"size_out": size, "kind_out": kind})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"size_out": P, "kind_out": Q},
    metrics={"size_out": [], "kind_out": [mQ]},
)
model.fit(pixels, {"size_out": y_size, "kind_out": y_kind}, batch_size=N, verbose=0)
predictions = model.predict(pixels, verbose=0)
predicted_size, predicted_kind = predictions["size_out"], predictions["kind_out"]
print(float(predicted_size[0, 0]), float(predicted_kind[0, 0]))
model.evaluate(
    pixels,
    {"size_out": y_size, "kind_out": y_kind},
    batch_size=N,
    verbose=0,
    return_dict=True,
)
