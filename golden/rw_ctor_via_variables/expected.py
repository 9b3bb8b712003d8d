import keras
from keras import layers

street = keras.Input(shape=(64,), name="street")
satellite = keras.Input(shape=(64,), name="satellite")
shared = layers.Dense(32, activation="relu")
h = layers.concatenate([shared(street), shared(satellite)])
land_use = layers.Dense(6, activation="softmax", name="land_use")(h)
population = layers.Dense(1, name="population")(h)

model_inputs = {"street": street, "satellite": satellite}
model_outputs = {"land_use": land_use, "population": population}
model = keras.Model(inputs=model_inputs, outputs=model_outputs)
model.compile(
    optimizer="adam", loss={"land_use": "categorical_crossentropy", "population": "mse"}
)
model.fit(
    {"street": x_street, "satellite": x_sat},
    {"land_use": y_land, "population": y_pop},
    epochs=5,
)
