import keras
from keras import layers

history = keras.Input(
    shape=(30, 4),
    dtype="float32"
)
weekday = keras.Input(shape=(7,), name="weekday")
x = layers.LSTM(32)(history)
x = layers.concatenate([x, weekday])
demand = layers.Dense(
    1,
    activation="relu"
)(x)
stockout = layers.Dense(  # probability of running out
    1, activation="sigmoid"
)(x)

model = keras.Model(inputs=[history, weekday], outputs=[demand, stockout])
model.compile(optimizer="adam", loss=["poisson", "binary_crossentropy"])
model.fit([x_hist, x_day], [y_demand, y_stockout], epochs=10)
