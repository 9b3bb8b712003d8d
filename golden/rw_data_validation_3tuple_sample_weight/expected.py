import keras
from keras import layers

claim = keras.Input(shape=(40,), name="claim")
h = layers.Dense(64, activation="relu")(claim)
approved = layers.Dense(1, activation="sigmoid", name="approved")(h)
payout = layers.Dense(1, name="payout")(h)

model = keras.Model(claim, {"approved": approved, "payout": payout})
model.compile(
    optimizer="adam", loss={"approved": "binary_crossentropy", "payout": "mse"}
)
model.fit(
    x_train,
    {"approved": y_approved, "payout": y_payout},
    sample_weight={"approved": w_approved, "payout": w_payout},
    validation_data=(
        x_val,
        {"approved": v_approved, "payout": v_payout},
        {"approved": vw_approved, "payout": vw_payout},
    ),
    epochs=8,
)
