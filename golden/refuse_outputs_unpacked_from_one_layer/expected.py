# A seq2seq encoder's outputs are the three results of one LSTM call with return_state: the
# tool cannot name them apart, and says how to give each a layer of its own (MKD113).
import keras
from keras import layers

tokens = keras.Input(shape=(None, 16), name="tokens")
sequence, state_h, state_c = layers.LSTM(32, return_sequences=True, return_state=True)(tokens)
encoder = keras.Model(tokens, [sequence, state_h, state_c])
encoder.compile(optimizer="adam", loss=["mse", "mse", "mse"])
encoder.fit(x_tokens, [y_sequence, y_h, y_c], epochs=2)
