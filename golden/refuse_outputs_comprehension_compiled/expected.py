# The activation model of noop_activation_viewer_never_trained, compiled and trained on its
# layers' outputs: the labels pair with outputs the tool cannot see into, so it is refused.
import keras

base = keras.models.load_model("cnn.keras")
layer_outputs = [layer.output for layer in base.layers[:2]]
activations = keras.Model(inputs=base.input, outputs=layer_outputs)
activations.compile(optimizer="sgd", loss=["mse", "mse"])
activations.fit(images, [first_target, second_target], epochs=1)
