from keras import Input, Model, layers

image = Input(shape=(64,), name="image")
meta = Input(shape=(8,), name="meta")
joined = layers.Concatenate()([image, meta])
hidden = layers.Dense(64, activation="relu")(joined)
label = layers.Dense(10, activation="softmax", name="label")(hidden)
quality = layers.Dense(1, name="quality")(hidden)

model = Model(
    inputs={"image": image, "meta": meta}, outputs={"label": label, "quality": quality}
)
model.compile(
    optimizer="adam",
    loss={"label": "sparse_categorical_crossentropy", "quality": "mse"},
)
model.fit(
    {"image": x_image, "meta": x_meta},
    {"label": y_label, "quality": y_quality},
    epochs=3,
)
