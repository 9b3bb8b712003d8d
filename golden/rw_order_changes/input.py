import keras
from keras import layers

words = keras.Input(shape=(80,), dtype="int32", name="words")
chars = keras.Input(shape=(400,), dtype="int32", name="chars")
w = layers.GlobalAveragePooling1D()(layers.Embedding(20000, 32)(words))
c = layers.GlobalAveragePooling1D()(layers.Embedding(100, 8)(chars))
h = layers.concatenate([w, c])
topic = layers.Dense(10, activation="softmax", name="topic")(h)
author = layers.Dense(50, activation="softmax", name="author")(h)

model = keras.Model(inputs=[words, chars], outputs=[topic, author])
model.compile(optimizer="adam", loss=["categorical_crossentropy", "categorical_crossentropy"])
model.fit([x_words, x_chars], [y_topic, y_author], epochs=6)
