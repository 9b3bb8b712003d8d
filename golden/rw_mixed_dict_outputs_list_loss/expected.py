import keras
from keras import layers

pose = keras.Input(shape=(34,), name="pose")
h = layers.Dense(64, activation="relu")(pose)
fall = layers.Dense(1, activation="sigmoid", name="fall")(h)
activity = layers.Dense(6, activation="softmax", name="activity")(h)

model = keras.Model(pose, {"fall": fall, "activity": activity})
# Half-migrated by hand: the outputs are a dict, but loss and y are still lists
# written in the dict's order, which Keras pairs in sorted-key order (activity, fall).
model.compile(
    optimizer="adam",
    loss={"fall": "binary_crossentropy", "activity": "sparse_categorical_crossentropy"},
)
model.fit(x_pose, {"fall": y_fall, "activity": y_activity}, epochs=9)
