import keras
from keras import layers

ct = keras.Input(shape=(64, 64, 1), name="ct")
pet = keras.Input(shape=(64, 64, 1), name="pet")
x = layers.concatenate([ct, pet])
x = layers.Conv2D(8, 3, activation="relu")(x)
x = layers.GlobalAveragePooling2D()(x)
lesion = layers.Dense(1, activation="sigmoid", name="lesion")(x)
stage = layers.Dense(4, activation="softmax", name="stage")(x)

X = [ct_scans, pet_scans]
Y = [lesion_labels, stage_labels]
model = keras.Model(inputs=[ct, pet], outputs=[lesion, stage])
model.compile(optimizer="adam", loss=["binary_crossentropy", "categorical_crossentropy"])
model.fit(X, Y, epochs=30, validation_split=0.15)
