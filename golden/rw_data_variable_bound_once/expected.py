import keras
from keras import layers

ct = keras.Input(shape=(64, 64, 1), name="ct")
pet = keras.Input(shape=(64, 64, 1), name="pet")
x = layers.concatenate([ct, pet])
x = layers.Conv2D(8, 3, activation="relu")(x)
x = layers.GlobalAveragePooling2D()(x)
lesion = layers.Dense(1, activation="sigmoid", name="lesion")(x)
stage = layers.Dense(4, activation="softmax", name="stage")(x)

X = {"ct": ct_scans, "pet": pet_scans}
Y = {"lesion": lesion_labels, "stage": stage_labels}
model = keras.Model(
    inputs={"ct": ct, "pet": pet}, outputs={"lesion": lesion, "stage": stage}
)
model.compile(
    optimizer="adam",
    loss={"lesion": "binary_crossentropy", "stage": "categorical_crossentropy"},
)
model.fit(X, Y, epochs=30, validation_split=0.15)
