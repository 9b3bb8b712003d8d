import tensorflow as tf

# tf.keras 2.x: Input(shape, batch_size, name, ...); in Keras 3 the third slot is dtype.
words = tf.keras.Input((100,), None, "words")
meta = tf.keras.Input((5,), None, "meta")
h = tf.keras.layers.concatenate([words, meta])
h = tf.keras.layers.Dense(64, activation="relu")(h)
topic = tf.keras.layers.Dense(10, activation="softmax", name="topic")(h)
model = tf.keras.Model([words, meta], topic)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit([x_words, x_meta], y_topic, epochs=5)
