from keras import Input, Model, layers

image = Input(shape=(64,), name="image")
meta = Input(shape=(8,), name="meta")
joined = layers.Concatenate()([image, meta])
hidden = layers.Dense(64, activation="relu")(joined)
label = layers.Dense(10, activation="softmax", name="label")(hidden)
quality = layers.Dense(1, name="quality")(hidden)

model = Model(inputs=[image, meta], outputs=[label, quality])
model.compile(optimizer="adam", loss=["sparse_categorical_crossentropy", "mse"])
model.fit([x_image, x_meta], [y_label, y_quality], epochs=3)
