import keras
from keras import layers

lhs = keras.Input(shape=(128,), name="lhs")
rhs = keras.Input(shape=(128,), name="rhs")
diff = layers.subtract([lhs, rhs])
h = layers.Dense(64, activation="relu")(diff)
is_dup = layers.Dense(1, activation="sigmoid", name="is_dup")(h)
similarity = layers.Dense(1, name="similarity")(h)

model = keras.Model([lhs, rhs], [is_dup, similarity])
model.compile("adam", loss=["binary_crossentropy", "mse"])
model.fit([q1, q2], [dup_labels, sim_scores], epochs=3)
