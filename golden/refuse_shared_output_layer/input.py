import keras
from keras import layers

left = keras.Input(shape=(32,), name="left")
right = keras.Input(shape=(32,), name="right")
encoder = layers.Dense(16, activation="relu", name="encoder")
head = layers.Dense(1, activation="sigmoid")
score_left = head(encoder(left))
score_right = head(encoder(right))
model = keras.Model([left, right], [score_left, score_right])
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit([x_left, x_right], [y_left, y_right], epochs=4)
