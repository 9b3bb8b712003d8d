# The attribute starts as a `None` placeholder, but a reset stores a copy of the model in it:
# a second model the tool cannot follow (only `self.model = None` holds no model).
import keras
from keras import layers


class MultiTask:
    def __init__(self, width):
        self.width = width
        self.model = None

    def build(self):
        features = keras.Input(shape=(self.width,), name="features")
        score = layers.Dense(1, name="score")(features)
        flag = layers.Dense(1, activation="sigmoid", name="flag")(features)
        self.model = keras.Model(features, [score, flag])
        self.model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])

    def train(self, x, y_score, y_flag):
        if self.model is None:
            self.build()
        self.model.fit(x, [y_score, y_flag], epochs=2, verbose=0)

    def reset(self):
        self.model = keras.models.clone_model(self.model)
