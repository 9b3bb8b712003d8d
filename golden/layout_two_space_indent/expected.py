# A file indented with two spaces: laid-out lines use two spaces per level too.
import keras
from keras import layers


def build(vocabulary_size):
  tokens = keras.Input(shape=(None,), dtype="int32", name="tokens")
  h = layers.GlobalAveragePooling1D()(layers.Embedding(vocabulary_size, 32)(tokens))
  language = layers.Dense(20, activation="softmax", name="language")(h)
  is_offensive = layers.Dense(1, activation="sigmoid", name="is_offensive")(h)
  model = keras.Model(tokens, {"language": language, "is_offensive": is_offensive})
  model.compile(
    optimizer="adam",
    loss={
      "language": "sparse_categorical_crossentropy",
      "is_offensive": "binary_crossentropy",
    },
  )
  model.fit(
    x_tokens,
    {"language": y_language, "is_offensive": y_offensive},
    epochs=2,
    validation_split=0.1,
    verbose=0,
  )


build(5000)
