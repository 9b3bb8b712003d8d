from keras.layers import Dense, Input, concatenate
from keras.models import Model

left = Input(shape=(10,), name="left")
right = Input(shape=(10,), name="right")
x = concatenate([left, right])
x = Dense(32, activation="relu")(x)
main_out = Dense(1, activation="sigmoid", name="main_out")(x)
aux_out = Dense(1, activation="sigmoid", name="aux_out")(x)

model = Model(inputs=[left, right], outputs=[main_out, aux_out])
model.compile(
    optimizer="rmsprop",
    loss=["binary_crossentropy", "binary_crossentropy"],
    loss_weights=[1.0, 0.2],
)
model.fit([left_data, right_data], [labels, labels], epochs=50, batch_size=32)
