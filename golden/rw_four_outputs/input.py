import keras
from keras import layers

street = keras.Input(shape=(64, 64, 3), name="street")
x = layers.Conv2D(32, 3, activation="relu")(street)
x = layers.GlobalAveragePooling2D()(x)
x = layers.Dense(64, activation="relu")(x)
cars = layers.Dense(1, activation="relu", name="cars")(x)
bikes = layers.Dense(1, activation="relu", name="bikes")(x)
people = layers.Dense(1, activation="relu", name="people")(x)
trucks = layers.Dense(1, activation="relu", name="trucks")(x)

model = keras.Model(street, [cars, bikes, people, trucks])
model.compile(optimizer="adam", loss=["mse", "mse", "mse", "mse"], metrics=["mae", "mae", "mae", "mae"])
model.fit(images, [n_cars, n_bikes, n_people, n_trucks], epochs=15)
counts = model.predict(test_images)
print(counts[0].sum(), counts[1].sum(), counts[2].sum(), counts[3].sum())
