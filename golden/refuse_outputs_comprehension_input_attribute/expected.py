# An activation model: the input is another model's `.input`, the outputs a comprehension of
# its layers. Both sides are out of sight; the outputs may be (here are) several tensors.
import keras

base = keras.models.load_model("cnn.keras")
layer_outputs = [layer.output for layer in base.layers[:4]]
activations = keras.Model(inputs=base.input, outputs=layer_outputs)
first = activations.predict(images)[0]
