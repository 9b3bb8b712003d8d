# An output named `val` would log `val_loss`, which is also Keras' validation loss; one
# named `val_score` would log `val_score_loss`, the validation key of an output `score`.
import keras
from keras import layers

features = keras.Input(shape=(5,), name="features")
h = layers.Dense(16, activation="relu")(features)
val = layers.Dense(1)(h)
val_score = layers.Dense(1, activation="sigmoid")(h)
model = keras.Model(features, [val, val_score])
model.compile(optimizer="adam", loss=["mse", "binary_crossentropy"])
model.fit(x_train, [y_val, y_score], validation_split=0.2, epochs=5)
