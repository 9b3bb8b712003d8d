import keras
from keras import layers

VERSION = 2
words = keras.Input(shape=(100,), name=f"words_v{VERSION}")
meta = keras.Input(shape=(5,), name="meta")
h = layers.concatenate([words, meta])
h = layers.Dense(64, activation="relu")(h)
topic = layers.Dense(10, activation="softmax", name="topic")(h)
model = keras.Model([words, meta], topic)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit([x_words, x_meta], y_topic, epochs=5)
