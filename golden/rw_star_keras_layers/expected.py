from keras.layers import *
from keras.models import Model

sig_a = Input(shape=(100, 1), name="sig_a")
sig_b = Input(shape=(100, 1), name="sig_b")
x = Concatenate()([sig_a, sig_b])
x = Conv1D(8, 5, activation="relu")(x)
x = GlobalMaxPooling1D()(x)
event = Dense(1, activation="sigmoid", name="event")(x)
onset = Dense(1, name="onset")(x)

model = Model(
    inputs={"sig_a": sig_a, "sig_b": sig_b}, outputs={"event": event, "onset": onset}
)
model.compile(optimizer="adam", loss={"event": "binary_crossentropy", "onset": "mae"})
model.fit(
    {"sig_a": train_a, "sig_b": train_b},
    {"event": train_event, "onset": train_onset},
    epochs=8,
)
