import keras

a = keras.layers.Input(shape=(4,), name="a")
b = keras.layers.Input(shape=(4,), name="b")
h = keras.layers.Dense(8, activation="relu")(keras.layers.add([a, b]))
high = keras.layers.Dense(1, name="high")(h)
low = keras.layers.Dense(1, name="low")(h)

model = keras.models.Model(inputs=[a, b], outputs=[high, low])
model.compile(optimizer="adam", loss=["mse", "mse"])
model.fit([xa, xb], [y_high, y_low], epochs=10)
