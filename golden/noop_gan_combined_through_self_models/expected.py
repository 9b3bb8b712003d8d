# A GAN: the combined model is the generator and the discriminator called like layers, both
# held in attributes and built by methods. Each has one output, so the combined model has one
# input and one output: nothing to migrate, and nothing to report.
import keras
from keras import layers


class GAN:
    def __init__(self, latent_dim=16):
        self.latent_dim = latent_dim
        self.discriminator = self.build_discriminator()
        self.discriminator.compile(loss="binary_crossentropy", optimizer="adam")
        self.generator = self.build_generator()
        z = keras.Input(shape=(latent_dim,))
        img = self.generator(z)
        self.discriminator.trainable = False
        valid = self.discriminator(img)
        self.combined = keras.Model(z, valid)
        self.combined.compile(loss="binary_crossentropy", optimizer="adam")

    def build_generator(self):
        model = keras.Sequential([layers.Dense(32, activation="relu"), layers.Dense(64)])
        noise = keras.Input(shape=(self.latent_dim,))
        img = model(noise)
        return keras.Model(noise, img)

    def build_discriminator(self):
        img = keras.Input(shape=(64,))
        h = layers.Dense(32, activation="relu")(img)
        validity = layers.Dense(1, activation="sigmoid")(h)
        return keras.Model(img, validity)
