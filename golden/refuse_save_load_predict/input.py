# Save the trained model to m.keras in the working directory, load it back and predict with
# the data forms the program uses: a list, and a dict keyed by the Input names. The input names
# sort in list order (in_a < in_b), so the loaded dict-input model maps a list the same way.
import keras
import numpy as np
from keras import layers


def P(t, p):
    return 1000.0 + 10.0 * t + p


def Q(t, p):
    return 2000.0 + 10.0 * t + p


def mP(t, p):
    return 100.0 + 10.0 * t + p


def mQ(t, p):
    return 200.0 + 10.0 * t + p


def r(values):
    """Rounded floats, whatever Keras returns (a scalar, a list, a dict)."""
    if isinstance(values, dict):
        return {k: r(v) for k, v in sorted(values.items())}
    return np.round(np.asarray(values, "float64"), 3).tolist()


N = 4
x_a = np.linspace(0.0, 1.0, N, dtype="float32").reshape(N, 1)
x_b = 1.0 - x_a
y = 3.0 * x_a

in_a = keras.Input(shape=(1,), name="in_a")
in_b = keras.Input(shape=(1,), name="in_b")
h = layers.concatenate([in_a, in_b])
out = layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros", name="out")(h)
model = keras.Model([in_a, in_b], out)
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1), loss="mse")
model.fit([x_a, x_b], y, batch_size=N, epochs=2, verbose=0)
print("before", r(model.predict([x_a, x_b], verbose=0)))
model.save("m.keras")
loaded = keras.models.load_model("m.keras", compile=False)
print("after", r(loaded.predict([x_a, x_b], verbose=0)))
print("by name", r(loaded.predict({"in_a": x_a, "in_b": x_b}, verbose=0)))
