# A module-level model that only predicts in its own file, left as written there (MKD014)
# when it is alone; train.py imports it and trains it, so it is refused (MKD105) instead.
import keras

base = keras.models.load_model("cnn.keras")
viewer = keras.Model(base.input, [layer.output for layer in base.layers[:2]])
print([a.shape for a in viewer.predict(images)])
