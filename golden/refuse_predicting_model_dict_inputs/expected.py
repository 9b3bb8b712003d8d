# This model only predicts, but its inputs are a dict: `predict` pairs a list `x` with them in
# an order that depends on the Keras version (sorted keys on 3.5-3.7, an error on 3.8+), so it
# is not left as needing nothing; its outputs are out of sight (MKD105).
import keras
from keras import layers

zeta = keras.Input(shape=(1,), name="zeta")
alpha = keras.Input(shape=(1,), name="alpha")
h = layers.concatenate([zeta, alpha])
stages = [layers.Dense(2)(h) for _ in range(2)]
probe = keras.Model({"zeta": zeta, "alpha": alpha}, stages)
print(probe.predict([x_zeta, x_alpha], verbose=0)[0])
