import keras
from keras import layers

doc = keras.Input(shape=(300,), name="doc")
h = layers.Dense(64, activation="relu")(doc)
topic = layers.Dense(20, activation="softmax", name="topic")(h)
spam = layers.Dense(1, activation="sigmoid", name="spam")(h)

model = keras.Model(doc, [topic, spam])
model.compile(optimizer="adam", loss=["categorical_crossentropy", "binary_crossentropy"])
model.fit(train_docs, [train_topics, train_spam], epochs=5)

topics = model.predict(test_docs)[0].argmax(axis=1)
is_spam = model.predict(test_docs, verbose=0)[1] > 0.5
