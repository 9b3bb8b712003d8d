import keras
from keras import layers

words = keras.Input(shape=(80,), dtype="int32", name="words")
chars = keras.Input(shape=(400,), dtype="int32", name="chars")
w = layers.GlobalAveragePooling1D()(layers.Embedding(20000, 32)(words))
c = layers.GlobalAveragePooling1D()(layers.Embedding(100, 8)(chars))
h = layers.concatenate([w, c])
topic = layers.Dense(10, activation="softmax", name="topic")(h)
author = layers.Dense(50, activation="softmax", name="author")(h)

model = keras.Model(
    inputs={"words": words, "chars": chars}, outputs={"topic": topic, "author": author}
)
model.compile(
    optimizer="adam",
    loss={"topic": "categorical_crossentropy", "author": "categorical_crossentropy"},
)
model.fit(
    {"words": x_words, "chars": x_chars},
    {"topic": y_topic, "author": y_author},
    epochs=6,
)
