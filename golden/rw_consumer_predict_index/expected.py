import keras
import numpy as np
from keras import layers

window = keras.Input(shape=(24, 3), name="window")
x = layers.LSTM(32)(window)
p10 = layers.Dense(1, name="p10")(x)
p50 = layers.Dense(1, name="p50")(x)
p90 = layers.Dense(1, name="p90")(x)

model = keras.Model(window, {"p10": p10, "p50": p50, "p90": p90})
model.compile(optimizer="adam", loss={"p10": "mae", "p50": "mae", "p90": "mae"})
model.fit(train_windows, {"p10": y10, "p50": y50, "p90": y90}, epochs=10)

preds = model.predict(test_windows)
median = preds["p50"]
band = np.hstack([preds["p10"], preds["p90"]])
print("median", median.mean(), "band", band.shape)
