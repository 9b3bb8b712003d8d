import keras
from keras import layers

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1, name="age")(h)
gender = layers.Dense(1, activation="sigmoid", name="gender")(h)
extra = layers.Dense(3)(h)
model = keras.Model(inp, {"age": age, "gender": gender})
model.compile(optimizer="adam", loss={"age": "mse", "gender": "binary_crossentropy"})
stop = keras.callbacks.EarlyStopping(monitor="val_age_loss", patience=2)
history = model.fit(
    x, {"age": ya, "gender": yg}, validation_split=0.2, callbacks=[stop]
)
print(history.history["gender_loss"], model.get_layer("dense_1").units)
checkpoint = keras.callbacks.ModelCheckpoint(
    "best.weights.h5", monitor="val_gender_mae", save_weights_only=True
)
