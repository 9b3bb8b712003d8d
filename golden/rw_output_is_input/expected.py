import keras
from keras import layers

image = keras.Input(shape=(64,), name="image")
mask = keras.Input(shape=(64,), name="mask")
h = layers.Dense(64, activation="relu")(image)
recon = layers.Dense(64, name="recon")(h)
# The mask is returned untouched so downstream code can reuse it.
model = keras.Model({"image": image, "mask": mask}, {"recon": recon, "mask": mask})
model.compile(optimizer="adam", loss={"recon": "mse", "mask": None})
model.fit({"image": x_img, "mask": x_mask}, {"recon": x_img, "mask": x_mask}, epochs=3)
