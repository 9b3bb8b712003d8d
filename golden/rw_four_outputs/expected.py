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

model = keras.Model(
    street, {"cars": cars, "bikes": bikes, "people": people, "trucks": trucks}
)
model.compile(
    optimizer="adam",
    loss={"cars": "mse", "bikes": "mse", "people": "mse", "trucks": "mse"},
    metrics={"cars": "mae", "bikes": "mae", "people": "mae", "trucks": "mae"},
)
model.fit(
    images,
    {"cars": n_cars, "bikes": n_bikes, "people": n_people, "trucks": n_trucks},
    epochs=15,
)
counts = model.predict(test_images)
print(
    counts["cars"].sum(),
    counts["bikes"].sum(),
    counts["people"].sum(),
    counts["trucks"].sum(),
)
