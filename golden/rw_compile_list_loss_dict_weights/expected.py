import keras
from keras import layers

profile = keras.Input(shape=(16,), name="profile")
h = layers.Dense(32, activation="relu")(profile)
tenure = layers.Dense(1, name="tenure")(h)
churn = layers.Dense(1, activation="sigmoid", name="churn")(h)

model = keras.Model(profile, {"tenure": tenure, "churn": churn})
# Keras 3 applies a dict loss_weights beside a list loss in sorted-key order
# (churn, tenure): here tenure is weighted 10 and churn 1, silently.
model.compile(
    optimizer="adam",
    loss={"tenure": "mse", "churn": "binary_crossentropy"},
    loss_weights={"tenure": 1.0, "churn": 10.0},
)
model.fit(x_train, {"tenure": y_tenure, "churn": y_churn}, epochs=10)
