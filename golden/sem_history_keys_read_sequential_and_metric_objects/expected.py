# Found by an adversarial review, and right: after the migrated model a Sequential of
# unnamed Dense layers is trained, with metric objects (two auto-named TruePositives among
# them) and a loss object created after the models; every history, the callback's logs,
# are read. Log keys hold output names (all named) and metric names (their own counters),
# never a hidden layer's: migrated, equal on every version.
import keras
import numpy as np
from keras import layers

N = 8
x_a = np.linspace(0.0, 1.0, 2 * N, dtype="float32").reshape(N, 2)
x_b = np.linspace(1.0, 2.0, N, dtype="float32").reshape(N, 1)
y_speed = x_a[:, :1] * 2.0
y_incident = (x_a.sum(axis=1, keepdims=True) > 1.0).astype("float32")


def build_first():
    a = keras.Input(shape=(2,), name="a")
    b = keras.Input(shape=(1,), name="b")
    hidden = layers.Dense(4, kernel_initializer="ones")(layers.concatenate([a, b]))
    speed = layers.Dense(1, name="speed", kernel_initializer="ones")(hidden)
    incident = layers.Dense(
        1, activation="sigmoid", kernel_initializer="ones", name="incident"
    )(hidden)
    return keras.Model(
        inputs={"a": a, "b": b}, outputs={"speed": speed, "incident": incident}
    )


class Keys(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        print(epoch, len(logs), sorted(round(float(v), 3) for v in logs.values()))


def main():
    first = build_first()
    second = keras.Sequential([keras.Input(shape=(2,)), layers.Dense(3, kernel_initializer="ones"), layers.Dense(1, activation="sigmoid", kernel_initializer="ones")])
    first.compile(
        optimizer=keras.optimizers.SGD(learning_rate=0.001),
        loss={"speed": "mse", "incident": keras.losses.BinaryCrossentropy()},
        metrics={
            "speed": [keras.metrics.MeanAbsoluteError()],
            "incident": [keras.metrics.TruePositives(), keras.metrics.TruePositives()],
        },
    )
    history = first.fit(
        {"a": x_a, "b": x_b},
        {"speed": y_speed, "incident": y_incident},
        validation_data=(
            {"a": x_a, "b": x_b},
            {"speed": y_speed, "incident": y_incident},
        ),
        batch_size=N,
        epochs=2,
        verbose=0,
        callbacks=[Keys()],
    )
    print(len(history.history), sorted(round(float(v[-1]), 3) for v in history.history.values()))
    second.compile(optimizer="sgd", loss="binary_crossentropy", metrics=[keras.metrics.TruePositives(), keras.metrics.MeanAbsoluteError()])
    h2 = second.fit(x_a, y_incident, batch_size=N, epochs=2, verbose=0)
    print(sorted(h2.history))
    print(sorted(second.evaluate(x_a, y_incident, verbose=0, return_dict=True)))
    print(second.metrics_names)


main()
