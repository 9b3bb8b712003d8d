import keras
from keras import layers

signal = keras.Input(shape=(256,), name="signal")
h = layers.Dense(64, activation="relu")(signal)

heart_rate_head = layers.Dense(1)
arrhythmia_head = layers.Dense(1, activation="sigmoid")
heart_rate = heart_rate_head(h)
arrhythmia = arrhythmia_head(h)

model = keras.Model(inputs=signal, outputs=[heart_rate, arrhythmia])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(ecg, [hr_labels, arr_labels], epochs=15)
