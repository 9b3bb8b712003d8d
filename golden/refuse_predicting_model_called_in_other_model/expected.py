# The viewer is called inside another model, which is trained: its layers train through it,
# so it is not a model that only predicts, and its outputs are out of sight (MKD105).
import keras
from keras import layers

base = keras.models.load_model("cnn.keras")
viewer = keras.Model(base.input, [layer.output for layer in base.layers[:2]])
image = keras.Input(shape=(32, 32, 3), name="image")
first, second = viewer(image)
score = layers.Dense(1, name="score")(layers.concatenate([first, second]))
model = keras.Model(image, score)
model.compile(optimizer="adam", loss="mse")
model.fit(images, targets, epochs=1)
