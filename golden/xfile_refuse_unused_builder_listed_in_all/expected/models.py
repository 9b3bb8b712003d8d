"""Two builders; each training script imports both and calls one."""
import keras
from keras import layers


def build_ranker():
    query = keras.Input(shape=(8,), name="query")
    doc = keras.Input(shape=(8,), name="doc")
    h = layers.concatenate([query, doc])
    relevance = layers.Dense(1, name="relevance")(h)
    clicked = layers.Dense(1, activation="sigmoid", name="clicked")(h)
    return keras.Model(
        {"query": query, "doc": doc}, {"relevance": relevance, "clicked": clicked}
    )


def build_tagger():
    text = keras.Input(shape=(8,), name="text")
    h = layers.Dense(16, activation="relu")(text)
    topic = layers.Dense(4, activation="softmax", name="topic")(h)
    tone = layers.Dense(1, activation="sigmoid", name="tone")(h)
    return keras.Model(text, [topic, tone])
