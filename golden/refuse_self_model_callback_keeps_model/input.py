# A callback that stores its own model in `self.model`: Keras sets that attribute on every
# callback it is given (`set_model`), so the model there may be the one being trained.
import keras
from keras import layers


class Watch(keras.callbacks.Callback):
    def __init__(self, width):
        super().__init__()
        inp = keras.Input(shape=(width,), name="features")
        age = layers.Dense(1, name="age")(inp)
        gender = layers.Dense(1, activation="sigmoid", name="gender")(inp)
        self.model = keras.Model(inp, [age, gender])
        self.model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])

    def on_epoch_end(self, epoch, logs=None):
        self.model.evaluate(None, [None, None])
