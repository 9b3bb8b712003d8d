# A seq2seq inference encoder that is built and summarised, never compiled, trained or even
# predicted with here: its states come from an unpacked LSTM call the tool cannot name, so it
# cannot be migrated, and it needs nothing either (MKD014), since nothing pairs with its lists.
import keras
from keras import layers

tokens = keras.Input(shape=(None, 16), name="tokens")
_, state_h, state_c = layers.LSTM(32, return_state=True)(tokens)
encoder = keras.Model(tokens, [state_h, state_c])
encoder.summary()
keras.utils.plot_model(encoder, "encoder.png", show_shapes=True)
