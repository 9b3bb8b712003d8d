# A tutorial builds `model` in one section, trains it, then builds `model` again with
# other heads; a last section may reload a saved model, after every use of the others.
import keras
import numpy as np
from keras import layers

RELOAD = False


def P(y_true, y_pred):
    return 1000.0 + 10.0 * y_true + y_pred


def Q(y_true, y_pred):
    return 2000.0 + 10.0 * y_true + y_pred


N = 8
x = np.full((N, 2), 1.0, "float32")
y_a = np.full((N, 1), 3.0, "float32")
y_b = np.full((N, 1), 5.0, "float32")

# Section 1
inp = keras.Input(shape=(2,), name="inp")
near = layers.Dense(1, kernel_initializer="ones", name="near")(inp)
far = layers.Dense(1, kernel_initializer="zeros", name="far")(inp)
model = keras.Model(inp, {"near": near, "far": far})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0), loss={"near": P, "far": Q}
)
model.fit(x, {"near": y_a, "far": y_b}, batch_size=N, verbose=0)
predictions = model.predict(x, verbose=0)
got_near, got_far = predictions["near"], predictions["far"]
print(float(got_near[0, 0]), float(got_far[0, 0]))

# Section 2
inp = keras.Input(shape=(2,), name="inp")
wide = layers.Dense(1, kernel_initializer="ones", name="wide")(inp)
tall = layers.Dense(1, kernel_initializer="zeros", bias_initializer="ones", name="tall")(inp)
model = keras.Model(inp, {"wide": wide, "tall": tall})
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.0),
    loss={"wide": Q, "tall": P},
    loss_weights={"wide": 0.5, "tall": 2.0},
)
model.fit(x, {"wide": y_a, "tall": y_b}, batch_size=N, verbose=0)
model.evaluate(x, {"wide": y_a, "tall": y_b}, batch_size=N, verbose=0, return_dict=True)

# Section 3
if RELOAD:
    model = keras.models.load_model("saved.keras")
