# A callback's activation model only predicts in this file (MKD014 alone), but another file
# reads `.activations_model`, where it may be compiled or trained: refused after all.
import keras


class ActivationLogger(keras.callbacks.Callback):
    def __init__(self, watched, x):
        super().__init__()
        layer_outputs = [layer.output for layer in watched.layers[1:]]
        self.activations_model = keras.Model(watched.input, layer_outputs)
        self.x = x

    def on_epoch_end(self, epoch, logs=None):
        activations = self.activations_model.predict(self.x, verbose=0)
        print(epoch, [a.shape for a in activations])
