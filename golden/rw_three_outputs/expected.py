import keras
from keras import layers

scan = keras.Input(shape=(96, 96, 1), name="scan")
x = layers.Conv2D(16, 3, activation="relu")(scan)
x = layers.GlobalAveragePooling2D()(x)
benign = layers.Dense(1, activation="sigmoid", name="benign")(x)
density = layers.Dense(4, activation="softmax", name="density")(x)
size_mm = layers.Dense(1, name="size_mm")(x)

model = keras.Model(scan, {"benign": benign, "density": density, "size_mm": size_mm})
model.compile(
    optimizer="adam",
    loss={
        "benign": "binary_crossentropy",
        "density": "categorical_crossentropy",
        "size_mm": "mse",
    },
    loss_weights={"benign": 1.0, "density": 0.5, "size_mm": 0.1},
    metrics={"benign": ["accuracy"], "density": ["accuracy"], "size_mm": ["mae"]},
)
model.fit(
    scans,
    {"benign": y_benign, "density": y_density, "size_mm": y_size},
    epochs=20,
    validation_split=0.2,
)
