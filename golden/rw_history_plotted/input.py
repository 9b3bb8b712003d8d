# The training history is plotted through a DataFrame. On Keras 2 its columns come in
# sorted-key order once the outputs are a dict, so the plot draws the same values with other
# line colours: the model migrates, and MKD012 says so.
import keras
import pandas as pd
from keras import layers

inp = keras.Input(shape=(4,), name="inp")
main_output = layers.Dense(1, name="main_output")(inp)
aux_output = layers.Dense(1, name="aux_output")(inp)
model = keras.Model(inp, [main_output, aux_output])
model.compile(optimizer="sgd", loss=["mse", "mse"], loss_weights=[0.9, 0.1])
history = model.fit(x, [y, y], epochs=20)
pd.DataFrame(history.history).plot(figsize=(8, 5))
import matplotlib.pyplot as plt

plt.plot(pd.DataFrame(history.history))
