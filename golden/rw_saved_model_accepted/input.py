# A whole-model checkpoint refuses (MKD120) until its loaders are migrated by hand; then
# `--accept MKD120` migrates the model, and the checkpoint is reported (MKD010).
import numpy as np
from tensorflow import keras
from tensorflow.keras import layers

image = keras.Input(shape=(16,), name="image")
trunk = layers.Dense(32, activation="relu")(image)
colour = layers.Dense(4, activation="softmax", name="colour")(trunk)
kind = layers.Dense(3, activation="softmax", name="kind")(trunk)
model = keras.Model(inputs=image, outputs=[colour, kind])
model.compile(
    optimizer="adam",
    loss=["categorical_crossentropy", "categorical_crossentropy"],
    loss_weights=[1.0, 0.5],
    metrics=["accuracy"],
)
checkpoint = keras.callbacks.ModelCheckpoint("best.h5", monitor="val_loss", save_best_only=True)
x = np.random.rand(64, 16)
y_colour = keras.utils.to_categorical(np.random.randint(4, size=64), 4)
y_kind = keras.utils.to_categorical(np.random.randint(3, size=64), 3)
model.fit(x, [y_colour, y_kind], validation_split=0.25, epochs=2, callbacks=[checkpoint])
