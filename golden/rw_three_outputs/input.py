import keras
from keras import layers

scan = keras.Input(shape=(96, 96, 1), name="scan")
x = layers.Conv2D(16, 3, activation="relu")(scan)
x = layers.GlobalAveragePooling2D()(x)
benign = layers.Dense(1, activation="sigmoid", name="benign")(x)
density = layers.Dense(4, activation="softmax", name="density")(x)
size_mm = layers.Dense(1, name="size_mm")(x)

model = keras.Model(scan, [benign, density, size_mm])
model.compile(
    optimizer="adam",
    loss=["binary_crossentropy", "categorical_crossentropy", "mse"],
    loss_weights=[1.0, 0.5, 0.1],
    metrics=[["accuracy"], ["accuracy"], ["mae"]],
)
model.fit(scans, [y_benign, y_density, y_size], epochs=20, validation_split=0.2)
