import keras
from keras import layers

listing = keras.Input(shape=(20,), name="listing")
h = layers.Dense(32, activation="relu")(listing)
nightly = layers.Dense(1, name="nightly")(h)
occupancy = layers.Dense(1, activation="sigmoid", name="occupancy")(h)

model = keras.Model(listing, {"nightly": nightly, "occupancy": occupancy})
model.compile(
    optimizer="adam", loss={"nightly": "mse", "occupancy": "binary_crossentropy"}
)
model.fit(x_train, {"nightly": y_price, "occupancy": y_occ}, epochs=10)

forecast = model.predict(x_new)
print(
    f"price: {forecast['nightly'][0, 0]:.2f}  occupancy: {forecast['occupancy'][0, 0]:.0%}"
)
