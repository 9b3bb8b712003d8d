# One input and one output: nothing to migrate and nothing to say, imported or not.
image = Input(shape=(28, 28))
digit = Dense(10, activation="softmax")(Flatten()(image))
model = Model(inputs=image, outputs=digit)
model.compile(loss="sparse_categorical_crossentropy", optimizer="adam")
