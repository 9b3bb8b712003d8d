# A model that only predicts, but `predict` gets a dict `x` for its list of inputs: Keras pairs
# those by name or in sorted-key order depending on the version, so it is not left as needing
# nothing; its outputs are out of sight (MKD105).
import keras
from keras import layers

a = keras.Input(shape=(1,), name="a")
b = keras.Input(shape=(1,), name="b")
h = layers.concatenate([a, b])
stages = [layers.Dense(2)(h) for _ in range(2)]
probe = keras.Model([a, b], stages)
print(probe.predict({"b": x_b, "a": x_a}, verbose=0)[0])
