# Names imported from Keras' own losses and metrics modules are known single losses and
# metrics: the model migrates, and the single loss is left as it is (broadcast to both).
import keras
import numpy as np
from keras import layers, metrics
from keras.losses import mean_squared_error

features = keras.Input(shape=(4,), name="features")
h = layers.Dense(8, activation="relu")(features)
price = layers.Dense(1, name="price")(h)
churn = layers.Dense(1, name="churn")(h)
model = keras.Model(features, {"price": price, "churn": churn})
model.compile(optimizer="adam", loss=mean_squared_error, loss_weights=0.5)
model.compile(
    optimizer="adam",
    loss=keras.losses.Huber(),
    metrics={
        "price": [metrics.mean_absolute_error],
        "churn": [metrics.MeanSquaredError()],
    },
)
model.fit(
    np.ones((8, 4)), {"price": np.ones((8, 1)), "churn": np.zeros((8, 1))}, verbose=0
)
