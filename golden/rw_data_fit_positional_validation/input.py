import keras
from keras import layers

ecg = keras.Input(shape=(500, 1), name="ecg")
ppg = keras.Input(shape=(500, 1), name="ppg")
x = layers.concatenate([ecg, ppg])
x = layers.Conv1D(16, 7, activation="relu")(x)
x = layers.GlobalAveragePooling1D()(x)
diastolic = layers.Dense(1, name="diastolic")(x)
systolic = layers.Dense(1, name="systolic")(x)

model = keras.Model([ecg, ppg], [diastolic, systolic])
model.compile(optimizer="adam", loss=["mae", "mae"])
model.fit(
    [train_ecg, train_ppg],
    [train_dia, train_sys],
    32,
    20,
    validation_data=([val_ecg, val_ppg], [val_dia, val_sys]),
)
