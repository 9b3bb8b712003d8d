# A model that only predicts needs nothing (MKD014), and saving it whole changes nothing:
# left as written, it is saved as written, with the lists its loaders expect.
import keras

base = keras.models.load_model("cnn.keras")
layer_outputs = [layer.output for layer in base.layers[:3]]
viewer = keras.Model(base.input, layer_outputs)
print([a.shape for a in viewer.predict(images)])
viewer.save("viewer.keras")
