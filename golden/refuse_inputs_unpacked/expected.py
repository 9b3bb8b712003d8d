import keras
from keras import layers

left, right = keras.Input(shape=(32,), name="left"), keras.Input(shape=(32,), name="right")
h = layers.concatenate([left, right])
h = layers.Dense(16, activation="relu")(h)
same = layers.Dense(1, activation="sigmoid", name="same")(h)
model = keras.Model([left, right], same)
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit([x_left, x_right], y_same, epochs=3)
