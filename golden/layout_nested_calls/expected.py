# Nested calls and literals: each item still too long after the split is split the same
# way one indent deeper; a call with one argument gets no trailing comma.
import keras
from keras import layers


def train(x_train, y_train_a, y_train_b, x_val, y_val_a, y_val_b):
    inp = keras.Input(shape=(16,), name="features")
    h = layers.Dense(32, activation="relu")(inp)
    first_head_output = layers.Dense(1, name="first_head_output")(h)
    second_head_output = layers.Dense(3, name="second_head_output")(h)
    model = keras.Model(
        inp,
        {
            "first_head_output": first_head_output,
            "second_head_output": second_head_output,
        },
    )
    model.compile(
        optimizer="adam",
        loss={
            "first_head_output": "mse",
            "second_head_output": "categorical_crossentropy",
        },
    )
    history = model.fit(
        x_train,
        {"first_head_output": y_train_a, "second_head_output": y_train_b},
        validation_data=(
            x_val,
            {"first_head_output": y_val_a, "second_head_output": y_val_b},
        ),
        epochs=5,
    )
    return history
