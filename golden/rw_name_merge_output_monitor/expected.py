import keras
from keras import layers

reading = keras.Input(shape=(10,), name="reading")
h = layers.Dense(32, activation="relu")(reading)
expert_a = layers.Dense(1)(h)
expert_b = layers.Dense(1)(h)
ensemble = layers.average([expert_a, expert_b], name="ensemble")
gate = layers.Dense(1, activation="sigmoid", name="gate")(h)

model = keras.Model(reading, {"ensemble": ensemble, "gate": gate})
model.compile(optimizer="adam", loss={"ensemble": "mse", "gate": "binary_crossentropy"})
plateau = keras.callbacks.ReduceLROnPlateau(monitor="val_average_loss", mode="min", factor=0.5)
model.fit(x_train, {"ensemble": y_value, "gate": y_gate}, validation_split=0.25, callbacks=[plateau], epochs=40)
