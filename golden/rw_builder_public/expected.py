import keras
from keras import layers


def build_model(vocab_size=10000):
    words = keras.Input(shape=(100,), dtype="int32", name="words")
    x = layers.Embedding(vocab_size, 64)(words)
    x = layers.Bidirectional(layers.LSTM(32))(x)
    lang = layers.Dense(5, activation="softmax", name="lang")(x)
    offensive = layers.Dense(1, activation="sigmoid", name="offensive")(x)
    model = keras.Model(words, {"lang": lang, "offensive": offensive})
    return model


if __name__ == "__main__":
    model = build_model()
    model.compile(
        optimizer="adam",
        loss={
            "lang": "sparse_categorical_crossentropy",
            "offensive": "binary_crossentropy",
        },
    )
    model.fit(train_words, {"lang": train_lang, "offensive": train_offensive}, epochs=4)
