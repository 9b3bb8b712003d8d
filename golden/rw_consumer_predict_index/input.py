import keras
import numpy as np
from keras import layers

window = keras.Input(shape=(24, 3), name="window")
x = layers.LSTM(32)(window)
p10 = layers.Dense(1, name="p10")(x)
p50 = layers.Dense(1, name="p50")(x)
p90 = layers.Dense(1, name="p90")(x)

model = keras.Model(window, [p10, p50, p90])
model.compile(optimizer="adam", loss=["mae", "mae", "mae"])
model.fit(train_windows, [y10, y50, y90], epochs=10)

preds = model.predict(test_windows)
median = preds[1]
band = np.hstack([preds[0], preds[-1]])
print("median", median.mean(), "band", band.shape)
