import keras
from keras import layers

reading = keras.Input(shape=(10,), name="reading")
h = layers.Dense(32, activation="relu")(reading)
expert_a = layers.Dense(1)(h)
expert_b = layers.Dense(1)(h)
ensemble = layers.average([expert_a, expert_b])
gate = layers.Dense(1, activation="sigmoid", name="gate")(h)

model = keras.Model(reading, [ensemble, gate])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
plateau = keras.callbacks.ReduceLROnPlateau(monitor="val_average_loss", mode="min", factor=0.5)
model.fit(x_train, [y_value, y_gate], validation_split=0.25, callbacks=[plateau], epochs=40)
