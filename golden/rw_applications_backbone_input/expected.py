import keras
from keras import layers
from keras.applications import MobileNetV2

base = MobileNetV2(weights=None, include_top=False, pooling="avg", input_shape=(96, 96, 3))
base.trainable = False
breed = layers.Dense(12, activation="softmax", name="breed")(base.output)
age = layers.Dense(1, name="age")(base.output)
model = keras.Model(inputs=base.input, outputs={"breed": breed, "age": age})
model.compile(
    optimizer="adam", loss={"breed": "sparse_categorical_crossentropy", "age": "mse"}
)
model.fit(images, {"breed": breeds, "age": ages}, epochs=3)
