# A VAE-style encoder whose heads are held in `_mu` and `σ`: a layer named `_mu` raises on
# Keras 2, one named `σ` on Keras 3's TensorFlow backend too (not valid TensorFlow scope
# names), so the tool does not take those names (MKD104); the author names them by hand.
import keras
from keras import layers

features = keras.Input(shape=(6,), name="features")
hidden = layers.Dense(8, activation="relu")(features)
_mu = layers.Dense(2)(hidden)
σ = layers.Dense(2, activation="softplus")(hidden)
encoder = keras.Model(features, [_mu, σ])
encoder.compile(optimizer="sgd", loss=["mse", "mse"])
encoder.fit(x, [t_mu, t_sigma], epochs=2)
