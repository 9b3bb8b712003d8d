import keras
from keras import layers

doc = keras.Input(shape=(300,), name="doc")
h = layers.Dense(64, activation="relu")(doc)
topic = layers.Dense(20, activation="softmax", name="topic")(h)
spam = layers.Dense(1, activation="sigmoid", name="spam")(h)

model = keras.Model(doc, {"topic": topic, "spam": spam})
model.compile(
    optimizer="adam",
    loss={"topic": "categorical_crossentropy", "spam": "binary_crossentropy"},
)
model.fit(train_docs, {"topic": train_topics, "spam": train_spam}, epochs=5)

topics = model.predict(test_docs)["topic"].argmax(axis=1)
is_spam = model.predict(test_docs, verbose=0)["spam"] > 0.5
