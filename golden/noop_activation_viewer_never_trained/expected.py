# An activation model: the input is another model's `.input`, the outputs a comprehension of
# its layers. Both sides are out of sight, but the model only predicts: nothing pairs with its
# outputs, so it is left as written (MKD014), not refused. Compiled, it is refused (MKD105):
# refuse_outputs_comprehension_compiled.
import keras

base = keras.models.load_model("cnn.keras")
layer_outputs = [layer.output for layer in base.layers[:4]]
activations = keras.Model(inputs=base.input, outputs=layer_outputs)
first = activations.predict(images)[0]
