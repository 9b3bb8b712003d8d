import keras
from keras import layers

claim = keras.Input(shape=(40,), name="claim")
h = layers.Dense(64, activation="relu")(claim)
approved = layers.Dense(1, activation="sigmoid", name="approved")(h)
payout = layers.Dense(1, name="payout")(h)

model = keras.Model(claim, [approved, payout])
model.compile(optimizer="adam", loss=["binary_crossentropy", "mse"])
model.fit(
    x_train,
    [y_approved, y_payout],
    sample_weight=[w_approved, w_payout],
    validation_data=(x_val, [v_approved, v_payout], [vw_approved, vw_payout]),
    epochs=8,
)
