import keras
from keras import layers

from project.blocks import residual_block  # may build layers when imported


def build_model():
    inp = keras.Input(shape=(8,), name="features")
    h = residual_block(inp)
    age = layers.Dense(1)(h)
    gender = layers.Dense(1, activation="sigmoid")(h)
    model = keras.Model(inp, [age, gender])
    model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
    return model


model = build_model()
stop = keras.callbacks.EarlyStopping(monitor="val_dense_1_loss", patience=2)
history = model.fit(x, [ya, yg], validation_split=0.2, callbacks=[stop])
print(history.history["dense_2_loss"])
