# A callback builds a model over the layers of the model it watches, whose outputs are a
# list built at run time, and only predicts with it: nothing pairs with that list, so it is
# left as written (MKD014) rather than refused.
import numpy as np
import keras
from keras import layers


class ActivationLogger(keras.callbacks.Callback):
    def __init__(self, watched, x):
        super().__init__()
        layer_outputs = [layer.output for layer in watched.layers[1:]]
        self.activations_model = keras.Model(watched.input, layer_outputs)
        self.x = x

    def on_epoch_end(self, epoch, logs=None):
        activations = self.activations_model.predict(self.x, verbose=0)
        print(epoch, [a.shape for a in activations])


inp = keras.Input(shape=(4,), name="features")
h = layers.Dense(8, name="hidden")(inp)
out = layers.Dense(1, name="out")(h)
model = keras.Model(inp, out)
model.compile(optimizer="adam", loss="mse")
x = np.ones((8, 4))
model.fit(x, np.ones((8, 1)), epochs=2, verbose=0, callbacks=[ActivationLogger(model, x)])
