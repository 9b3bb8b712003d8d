"""A conditional GAN's combined model takes noise and a label; its output is the critic, built
by a function, called like a layer. The critic has one output, so the combined model's output
is one tensor: its two inputs become a dict, and its x with them."""

import keras
import numpy as np
from keras import layers

N = 8
z = np.full((N, 3), 0.5, "float32")
labels = np.full((N, 1), 2.0, "float32")
valid = np.ones((N, 1), "float32")


def build_critic():
    img = keras.Input(shape=(4,))
    return keras.Model(img, layers.Dense(1, kernel_initializer="ones")(img))


critic = build_critic()
critic.trainable = False
noise = keras.Input(shape=(3,), name="noise")
label = keras.Input(shape=(1,), name="label")
fake = layers.Dense(4, kernel_initializer="ones")(layers.concatenate([noise, label]))
score = critic(fake)
combined = keras.Model({"noise": noise, "label": label}, score)
combined.compile(loss="mse", optimizer=keras.optimizers.SGD(learning_rate=0.01))
for step in range(2):
    print(step, combined.train_on_batch({"noise": z, "label": labels}, valid))
print(combined.predict({"noise": z, "label": labels}, verbose=0)[0].tolist())
