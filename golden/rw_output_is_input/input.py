import keras
from keras import layers

image = keras.Input(shape=(64,), name="image")
mask = keras.Input(shape=(64,), name="mask")
h = layers.Dense(64, activation="relu")(image)
recon = layers.Dense(64, name="recon")(h)
# The mask is returned untouched so downstream code can reuse it.
model = keras.Model([image, mask], [recon, mask])
model.compile(optimizer="adam", loss=["mse", None])
model.fit([x_img, x_mask], [x_img, x_mask], epochs=3)
