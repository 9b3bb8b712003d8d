from keras.layers import *
from keras.models import Model

sig_a = Input(shape=(100, 1), name="sig_a")
sig_b = Input(shape=(100, 1), name="sig_b")
x = Concatenate()([sig_a, sig_b])
x = Conv1D(8, 5, activation="relu")(x)
x = GlobalMaxPooling1D()(x)
event = Dense(1, activation="sigmoid", name="event")(x)
onset = Dense(1, name="onset")(x)

model = Model(inputs=[sig_a, sig_b], outputs=[event, onset])
model.compile(optimizer="adam", loss=["binary_crossentropy", "mae"])
model.fit([train_a, train_b], [train_event, train_onset], epochs=8)
