import keras
from keras import layers

lhs = keras.Input(shape=(128,), name="lhs")
rhs = keras.Input(shape=(128,), name="rhs")
diff = layers.subtract([lhs, rhs])
h = layers.Dense(64, activation="relu")(diff)
is_dup = layers.Dense(1, activation="sigmoid", name="is_dup")(h)
similarity = layers.Dense(1, name="similarity")(h)

model = keras.Model(
    {"lhs": lhs, "rhs": rhs}, {"is_dup": is_dup, "similarity": similarity}
)
model.compile("adam", loss={"is_dup": "binary_crossentropy", "similarity": "mse"})
model.fit(
    {"lhs": q1, "rhs": q2}, {"is_dup": dup_labels, "similarity": sim_scores}, epochs=3
)
