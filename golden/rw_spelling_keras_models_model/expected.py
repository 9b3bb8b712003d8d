import keras

a = keras.layers.Input(shape=(4,), name="a")
b = keras.layers.Input(shape=(4,), name="b")
h = keras.layers.Dense(8, activation="relu")(keras.layers.add([a, b]))
high = keras.layers.Dense(1, name="high")(h)
low = keras.layers.Dense(1, name="low")(h)

model = keras.models.Model(inputs={"a": a, "b": b}, outputs={"high": high, "low": low})
model.compile(optimizer="adam", loss={"high": "mse", "low": "mse"})
model.fit({"a": xa, "b": xb}, {"high": y_high, "low": y_low}, epochs=10)
