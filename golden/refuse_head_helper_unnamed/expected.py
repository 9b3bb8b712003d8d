import keras
from keras import layers


def regression_head(features, units):
    hidden = layers.Dense(16, activation="relu")(features)
    return layers.Dense(units)(hidden)


image = keras.Input(shape=(32,), name="image")
trunk = layers.Dense(64, activation="relu")(image)
center = regression_head(trunk, 2)
extent = regression_head(trunk, 2)
model = keras.Model(image, [center, extent])
model.compile(optimizer="adam", loss=["mse", "mae"])
model.fit(x_train, [y_center, y_extent], epochs=5)
