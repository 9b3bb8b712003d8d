import keras
from keras import layers

meters = keras.Input(shape=(6,), name="meters")
hidden = layers.Dense(16, activation="relu")(meters)
usage = layers.Dense(1, name="usage")(hidden)
peak = layers.Dense(1, name="peak")(hidden)
model = keras.Model(meters, [usage, peak])
model.compile(optimizer="adam", loss=["mse", "mse"])
model.fit(x_train, [y_usage, y_peak], epochs=2)
for size in (32, 64):
    if size > best_size:
        model = build_wider(size)
model.evaluate(x_test, [t_usage, t_peak])
