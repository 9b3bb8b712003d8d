import keras
from keras import layers

spectrum = keras.Input(shape=(512,), name="spectrum")
h = layers.Dense(128, activation="relu")(spectrum)
compound = layers.Dense(40, activation="softmax", name="compound")(h)
concentration = layers.Dense(1, activation="relu", name="concentration")(h)

model = keras.Model(spectrum, [compound, concentration])
model.compile(
    optimizer="adam",
    loss=("categorical_crossentropy", "mse"),
    loss_weights=(1.0, 10.0),
)
model.fit(spectra, (compounds, concentrations), epochs=25)
