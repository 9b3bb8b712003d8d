import keras
from keras import layers

ecg = keras.Input(shape=(500, 1), name="ecg")
ppg = keras.Input(shape=(500, 1), name="ppg")
x = layers.concatenate([ecg, ppg])
x = layers.Conv1D(16, 7, activation="relu")(x)
x = layers.GlobalAveragePooling1D()(x)
diastolic = layers.Dense(1, name="diastolic")(x)
systolic = layers.Dense(1, name="systolic")(x)

model = keras.Model(
    {"ecg": ecg, "ppg": ppg}, {"diastolic": diastolic, "systolic": systolic}
)
model.compile(optimizer="adam", loss={"diastolic": "mae", "systolic": "mae"})
model.fit(
    {"ecg": train_ecg, "ppg": train_ppg},
    {"diastolic": train_dia, "systolic": train_sys},
    32,
    20,
    validation_data=(
        {"ecg": val_ecg, "ppg": val_ppg},
        {"diastolic": val_dia, "systolic": val_sys},
    ),
)
