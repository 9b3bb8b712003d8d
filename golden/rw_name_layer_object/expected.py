import keras
from keras import layers

signal = keras.Input(shape=(256,), name="signal")
h = layers.Dense(64, activation="relu")(signal)

heart_rate_head = layers.Dense(1, name="heart_rate")
arrhythmia_head = layers.Dense(1, activation="sigmoid", name="arrhythmia")
heart_rate = heart_rate_head(h)
arrhythmia = arrhythmia_head(h)

model = keras.Model(
    inputs=signal, outputs={"heart_rate": heart_rate, "arrhythmia": arrhythmia}
)
model.compile(
    optimizer="adam", loss={"heart_rate": "mse", "arrhythmia": "binary_crossentropy"}
)
model.fit(ecg, {"heart_rate": hr_labels, "arrhythmia": arr_labels}, epochs=15)
