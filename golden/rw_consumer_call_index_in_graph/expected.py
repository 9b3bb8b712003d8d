import keras
from keras import layers

anchor = keras.Input(shape=(64,), name="anchor")
context = keras.Input(shape=(64,), name="context")
h = layers.Dense(32, activation="relu")(layers.concatenate([anchor, context]))
embedding = layers.Dense(16, name="embedding")(h)
score = layers.Dense(1, activation="sigmoid", name="score")(h)
encoder = keras.Model(
    {"anchor": anchor, "context": context}, {"embedding": embedding, "score": score}
)
encoder.compile(
    optimizer="adam", loss={"embedding": None, "score": "binary_crossentropy"}
)
encoder.fit(
    {"anchor": x_anchor, "context": x_context},
    {"embedding": y_dummy, "score": y_pair},
    epochs=5,
)

left = keras.Input(shape=(64,), name="left")
right = keras.Input(shape=(64,), name="right")
features = encoder({"anchor": left, "context": right})["embedding"]
category = layers.Dense(10, activation="softmax", name="category")(features)
classifier = keras.Model({"left": left, "right": right}, category)
classifier.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
classifier.fit({"left": x_left, "right": x_right}, y_category, epochs=3)
