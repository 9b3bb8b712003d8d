# A file indented with two spaces: laid-out lines use two spaces per level too.
import keras
from keras import layers


def build(vocabulary_size):
  tokens = keras.Input(shape=(None,), dtype="int32", name="tokens")
  h = layers.GlobalAveragePooling1D()(layers.Embedding(vocabulary_size, 32)(tokens))
  language = layers.Dense(20, activation="softmax", name="language")(h)
  is_offensive = layers.Dense(1, activation="sigmoid", name="is_offensive")(h)
  model = keras.Model(tokens, [language, is_offensive])
  model.compile(optimizer="adam", loss=["sparse_categorical_crossentropy", "binary_crossentropy"])
  model.fit(x_tokens, [y_language, y_offensive], epochs=2, validation_split=0.1, verbose=0)


build(5000)
