import keras
from keras import layers

inp = keras.Input(shape=(8,), name="features")
h = layers.Dense(16, activation="relu")(inp)
age = layers.Dense(1)(h)
gender = layers.Dense(1, activation="sigmoid")(h)
extra = layers.Dense(3)(h)
model = keras.Model(inp, [age, gender])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
stop = keras.callbacks.EarlyStopping(monitor="val_dense_1_loss", patience=2)
history = model.fit(x, [ya, yg], validation_split=0.2, callbacks=[stop])
print(history.history["dense_2_loss"], model.get_layer("dense_3").units)
if "dense_1_loss" in history.history:  # not a context the tool updates: nothing is updated
    print("dense_1")
checkpoint = keras.callbacks.ModelCheckpoint(
    "best.weights.h5", monitor="val_dense_2_mae", save_weights_only=True
)
