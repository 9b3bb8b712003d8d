# Two inputs, one output: only the inputs become a dict. The saved file keeps that structure,
# and a program that loads it and calls predict([tokens, mask]) raises on Keras 3.8+ (the
# keys "tokens", "mask" are not in sorted order).
import keras
from keras import layers

tokens = keras.Input(shape=(32,), name="tokens")
mask = keras.Input(shape=(32,), name="mask")
h = layers.Dense(16, activation="relu")(layers.multiply([tokens, mask]))
score = layers.Dense(1, activation="sigmoid", name="score")(h)
model = keras.Model([tokens, mask], score)
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit([x_tokens, x_mask], y, epochs=2)
model.save("scorer.keras")
