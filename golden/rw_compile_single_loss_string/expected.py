import keras
from keras import layers

sensor = keras.Input(shape=(6,), name="sensor")
h = layers.Dense(16, activation="relu")(sensor)
pos_x = layers.Dense(1, name="pos_x")(h)
pos_y = layers.Dense(1, name="pos_y")(h)

model = keras.Model(sensor, {"pos_x": pos_x, "pos_y": pos_y})
model.compile(
    optimizer="adam", loss="mse", metrics={"pos_x": ["mae"], "pos_y": ["mae"]}
)
model.fit(readings, {"pos_x": x_true, "pos_y": y_true}, epochs=40)
