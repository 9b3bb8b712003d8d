import keras
from keras import layers

history_in = keras.Input(shape=(50,), name="history_in")
profile_in = keras.Input(shape=(10,), name="profile_in")
h = layers.Dense(32, activation="relu")(layers.concatenate([history_in, profile_in]))
next_item = layers.Dense(500, activation="softmax", name="next_item")(h)
will_buy = layers.Dense(1, activation="sigmoid", name="will_buy")(h)

model = keras.Model(
    inputs={"history_in": history_in, "profile_in": profile_in},
    outputs={"next_item": next_item, "will_buy": will_buy},
)
model.compile(
    optimizer="adam",
    loss={
        "next_item": "sparse_categorical_crossentropy",
        "will_buy": "binary_crossentropy",
    },
)
model.fit(
    x={"history_in": train_history, "profile_in": train_profile},
    y={"next_item": train_next, "will_buy": train_buy},
    batch_size=256,
    epochs=3,
    shuffle=True,
)
