# An activation model only predicted with would be left as written (MKD014), but its
# predict() gets callbacks: Keras hands each one the model, and this one compiles and fits it
# with list losses, so the outputs the tool cannot see into keep the refusal (MKD105).
import keras

base = keras.models.load_model("cnn.keras")
layer_outputs = [layer.output for layer in base.layers[:4]]
activations = keras.Model(inputs=base.input, outputs=layer_outputs)


class Fitter(keras.callbacks.Callback):
    def on_predict_end(self, logs=None):
        self.model.compile(optimizer="sgd", loss=["mse"] * 4)
        self.model.fit(images, targets)


first = activations.predict(images, callbacks=[Fitter()])[0]
