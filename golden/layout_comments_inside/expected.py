# A formatted call with comments inside: only the edited line is laid out, at its own
# indentation; the comments stay where they are.
import keras
from keras import layers

inp = keras.Input(shape=(10,), name="measurements")
h = layers.Dense(8, activation="relu")(inp)
systolic_pressure = layers.Dense(1, name="systolic_pressure")(h)
diastolic_pressure = layers.Dense(1, name="diastolic_pressure")(h)
model = keras.Model(
    inp,
    {"systolic_pressure": systolic_pressure, "diastolic_pressure": diastolic_pressure},
)
model.compile(
    optimizer="adam",  # the default learning rate
    # one loss per output, in output order
    loss={
        "systolic_pressure": keras.losses.MeanSquaredError(),
        "diastolic_pressure": keras.losses.MeanAbsoluteError(),
    },
    metrics={"systolic_pressure": "mae", "diastolic_pressure": "mae"},  # per output
)
model.fit(
    x, {"systolic_pressure": y_sys, "diastolic_pressure": y_dia}, epochs=3
)  # a short run
