import keras
from keras import layers


def make_input(width):
    return keras.Input(shape=(width,), name=f"feat_{width}")


feat = make_input(16)
tags = keras.Input(shape=(4,), name="tags")
h = layers.concatenate([feat, tags])
h = layers.Dense(32, activation="relu")(h)
score = layers.Dense(1, name="score")(h)
model = keras.Model(inputs=[feat, tags], outputs=score)
model.compile(optimizer="adam", loss="mse")
model.fit([x_feat, x_tags], y_score, epochs=5)
