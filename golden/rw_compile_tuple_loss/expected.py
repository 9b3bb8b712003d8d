import keras
from keras import layers

spectrum = keras.Input(shape=(512,), name="spectrum")
h = layers.Dense(128, activation="relu")(spectrum)
compound = layers.Dense(40, activation="softmax", name="compound")(h)
concentration = layers.Dense(1, activation="relu", name="concentration")(h)

model = keras.Model(spectrum, {"compound": compound, "concentration": concentration})
model.compile(
    optimizer="adam",
    loss={"compound": "categorical_crossentropy", "concentration": "mse"},
    loss_weights={"compound": 1.0, "concentration": 10.0},
)
model.fit(spectra, {"compound": compounds, "concentration": concentrations}, epochs=25)
