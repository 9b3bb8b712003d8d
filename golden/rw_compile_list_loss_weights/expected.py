import keras
from keras import layers

tokens = keras.Input(shape=(64,), dtype="int32", name="tokens")
x = layers.Embedding(20000, 64)(tokens)
x = layers.GlobalAveragePooling1D()(x)
sentiment = layers.Dense(3, activation="softmax", name="sentiment")(x)
toxicity = layers.Dense(1, activation="sigmoid", name="toxicity")(x)

model = keras.Model(tokens, {"sentiment": sentiment, "toxicity": toxicity})
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=3e-4),
    loss={
        "sentiment": "sparse_categorical_crossentropy",
        "toxicity": "binary_crossentropy",
    },
    loss_weights={"sentiment": 1.0, "toxicity": 0.3},
)
model.fit(
    train_tokens,
    {"sentiment": train_sentiment, "toxicity": train_toxicity},
    batch_size=128,
    epochs=4,
)
