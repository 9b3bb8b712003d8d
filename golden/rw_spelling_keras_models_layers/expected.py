from keras.layers import Dense, Input, concatenate
from keras.models import Model

left = Input(shape=(10,), name="left")
right = Input(shape=(10,), name="right")
x = concatenate([left, right])
x = Dense(32, activation="relu")(x)
main_out = Dense(1, activation="sigmoid", name="main_out")(x)
aux_out = Dense(1, activation="sigmoid", name="aux_out")(x)

model = Model(
    inputs={"left": left, "right": right},
    outputs={"main_out": main_out, "aux_out": aux_out},
)
model.compile(
    optimizer="rmsprop",
    loss={"main_out": "binary_crossentropy", "aux_out": "binary_crossentropy"},
    loss_weights={"main_out": 1.0, "aux_out": 0.2},
)
model.fit(
    {"left": left_data, "right": right_data},
    {"main_out": labels, "aux_out": labels},
    epochs=50,
    batch_size=32,
)
