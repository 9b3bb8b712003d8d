"""Click and rating model, spelled with a plain `import keras`."""
import keras

item = keras.Input(shape=(16,), name="item")
user = keras.Input(shape=(16,), name="user")
merged = keras.layers.concatenate([item, user])
hidden = keras.layers.Dense(32, activation="relu")(merged)
click = keras.layers.Dense(1, activation="sigmoid", name="click")(hidden)
rating = keras.layers.Dense(1, name="rating")(hidden)

model = keras.Model(
    inputs={"item": item, "user": user}, outputs={"click": click, "rating": rating}
)
model.compile(
    optimizer="adam",
    loss={"click": "binary_crossentropy", "rating": "mse"},
    metrics={"click": ["accuracy"], "rating": ["mae"]},
)
model.summary()
model.fit(
    {"item": x_item, "user": x_user},
    {"click": y_click, "rating": y_rating},
    epochs=5,
    batch_size=64,
)
