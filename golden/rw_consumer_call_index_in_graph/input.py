import keras
from keras import layers

anchor = keras.Input(shape=(64,), name="anchor")
context = keras.Input(shape=(64,), name="context")
h = layers.Dense(32, activation="relu")(layers.concatenate([anchor, context]))
embedding = layers.Dense(16, name="embedding")(h)
score = layers.Dense(1, activation="sigmoid", name="score")(h)
encoder = keras.Model([anchor, context], [embedding, score])
encoder.compile(optimizer="adam", loss=[None, "binary_crossentropy"])
encoder.fit([x_anchor, x_context], [y_dummy, y_pair], epochs=5)

left = keras.Input(shape=(64,), name="left")
right = keras.Input(shape=(64,), name="right")
features = encoder([left, right])[0]
category = layers.Dense(10, activation="softmax", name="category")(features)
classifier = keras.Model([left, right], category)
classifier.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
classifier.fit([x_left, x_right], y_category, epochs=3)
