# Dict inputs filled key by key, one output: the inputs are already keyed by name and the
# output is one tensor, so there is nothing to migrate and nothing to say.
import keras
from keras import layers

inputs = {}
inputs["image"] = keras.Input(shape=(8,), name="image")
inputs["meta"] = keras.Input(shape=(2,), name="meta")
merged = layers.concatenate([inputs["image"], inputs["meta"]])
label = layers.Dense(3, activation="softmax")(merged)
model = keras.Model(inputs=inputs, outputs=label)
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit({"image": x_image, "meta": x_meta}, y, epochs=2)
