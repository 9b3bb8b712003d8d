# Uses of the model that the rewrite cannot change, next to a migrated model whose outputs
# already sort in list order: weights saved and read by position (the layer order stays),
# a weights-only checkpoint, a layer by name, and plain attributes.
import keras
import numpy as np
from keras import layers


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


def mP(y_true, y_pred):
    return 100.0 + 10.0 * y_true + y_pred


def mQ(y_true, y_pred):
    return 200.0 + 10.0 * y_true + y_pred


N = 8
x_1 = np.full((N, 1), 1.0, "float32")
x_2 = np.full((N, 1), 2.0, "float32")
y_1 = np.full((N, 1), 3.0, "float32")
y_2 = np.full((N, 1), 5.0, "float32")

in_1 = keras.Input(shape=(1,), name="in_1")
in_2 = keras.Input(shape=(1,), name="in_2")
first = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="first")(in_1)
second = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="second")(in_2)
model = keras.Model(
    inputs={"in_1": in_1, "in_2": in_2}, outputs={"first": first, "second": second}
)
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.01), loss={"first": P, "second": Q}
)
checkpoint = keras.callbacks.ModelCheckpoint(
    "best.weights.h5", monitor="loss", save_weights_only=True
)
model.fit(
    {"in_1": x_1, "in_2": x_2},
    {"first": y_1, "second": y_2},
    batch_size=N,
    epochs=2,
    verbose=0,
    callbacks=[checkpoint],
)
print(model.count_params(), model.name, model.trainable, model.stop_training)
print([w.shape for w in model.get_weights()])
print([layer.name for layer in model.layers])
model.save_weights("model.weights.h5")
model.load_weights("model.weights.h5")
model.load_weights("best.weights.h5")
print(float(np.ravel(model.get_layer("second").get_weights()[0])[0]))
print(type(model.optimizer).__name__)
model.evaluate(
    {"in_1": x_1, "in_2": x_2},
    {"first": y_1, "second": y_2},
    verbose=0,
    return_dict=True,
)
