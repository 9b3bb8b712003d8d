"""A seq2seq model trained on two inputs, then its inference encoder and decoder built from
the same layers: they only predict, fed their states by position, and are saved whole for a
chatbot to load. The trained model migrates; the inference models need nothing and are left
as written (MKD014): saved as written, their files keep the lists their loaders expect."""

import keras
import numpy as np
from keras import layers

N, T, V, U = 4, 3, 5, 6
enc_x = np.linspace(0.0, 1.0, N * T * V, dtype="float32").reshape(N, T, V)
dec_x = np.linspace(1.0, 0.0, N * T * V, dtype="float32").reshape(N, T, V)
dec_y = np.eye(V, dtype="float32")[np.arange(N * T) % V].reshape(N, T, V)


def lstm():
    return layers.LSTM(
        U,
        return_sequences=True,
        return_state=True,
        kernel_initializer=keras.initializers.RandomNormal(seed=1),
        recurrent_initializer=keras.initializers.RandomNormal(seed=2),
    )


encoder_inputs = keras.Input(shape=(None, V), name="encoder_inputs")
_, state_h, state_c = lstm()(encoder_inputs)
encoder_states = [state_h, state_c]
decoder_inputs = keras.Input(shape=(None, V), name="decoder_inputs")
decoder_lstm = lstm()
decoder_outputs, _, _ = decoder_lstm(decoder_inputs, initial_state=encoder_states)
decoder_dense = layers.Dense(
    V, activation="softmax", kernel_initializer=keras.initializers.RandomNormal(seed=3)
)
decoder_outputs = decoder_dense(decoder_outputs)
model = keras.Model(
    {"encoder_inputs": encoder_inputs, "decoder_inputs": decoder_inputs},
    decoder_outputs,
)
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="categorical_crossentropy")
history = model.fit(
    {"encoder_inputs": enc_x, "decoder_inputs": dec_x},
    dec_y,
    batch_size=N,
    epochs=1,
    verbose=0,
)
print(sorted(history.history), round(float(history.history["loss"][0]), 4))

encoder_model = keras.Model(encoder_inputs, encoder_states)
state_input_h = keras.Input(shape=(U,))
state_input_c = keras.Input(shape=(U,))
states_inputs = [state_input_h, state_input_c]
decoder_outputs, state_h, state_c = decoder_lstm(decoder_inputs, initial_state=states_inputs)
decoder_outputs = decoder_dense(decoder_outputs)
decoder_model = keras.Model([decoder_inputs] + states_inputs, [decoder_outputs, state_h, state_c])

states = encoder_model.predict(enc_x[:1], verbose=0)
target = np.zeros((1, 1, V), "float32")
target[0, 0, 0] = 1.0
for _ in range(2):
    tokens, h, c = decoder_model.predict([target] + states, verbose=0)
    print(np.round(tokens, 4).tolist(), np.round(h, 4).tolist())
    states = [h, c]
encoder_model.save("encoder.keras")
decoder_model.save("decoder.keras")
reloaded = keras.models.load_model("encoder.keras")
print(np.round(reloaded.predict(enc_x[:1], verbose=0)[0], 4).tolist())
