"""The combined model's output is `self.critic(fake)`, and the class builds the critic with one
output; a subclass overrides the builder with a critic of two. The tool takes the call for one
tensor (the class assigns `self.critic` once), which is right for the base class and wrong for
the subclass: being wrong must cost nothing, so the inputs migrate and the outputs, whatever
they are, stay as written."""

import keras
import numpy as np
from keras import layers


class Critic:
    def __init__(self):
        self.critic = self.build_critic()

    def build_critic(self):
        img = keras.Input(shape=(4,))
        return keras.Model(img, layers.Dense(1, kernel_initializer="ones")(img))

    def scores(self, z, labels):
        noise = keras.Input(shape=(3,), name="noise")
        label = keras.Input(shape=(1,), name="label")
        joined = layers.concatenate([noise, label * 10.0])
        fake = layers.Dense(4, kernel_initializer="ones", bias_initializer="zeros")(joined)
        combined = keras.Model([noise, label], self.critic(fake))
        return combined.predict([z, labels], verbose=0)


class TwoHeads(Critic):
    def build_critic(self):
        img = keras.Input(shape=(4,))
        first = layers.Dense(1, kernel_initializer="ones", name="first")(img)
        second = layers.Dense(2, kernel_initializer="zeros", bias_initializer="ones")(img)
        return keras.Model(img, [first, second])


z = np.full((2, 3), 0.5, "float32")
labels = np.array([[1.0], [2.0]], "float32")
print(np.asarray(Critic().scores(z, labels)).tolist())
first, second = TwoHeads().scores(z, labels)
print(first.tolist(), second.tolist())
