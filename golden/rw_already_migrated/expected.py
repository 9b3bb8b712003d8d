import keras
from keras import layers

lidar = keras.Input(shape=(360,), name="lidar")
odom = keras.Input(shape=(3,), name="odom")
h = layers.Dense(64, activation="relu")(layers.concatenate([lidar, odom]))
steer = layers.Dense(1, activation="tanh", name="steer")(h)
throttle = layers.Dense(1, activation="sigmoid", name="throttle")(h)

model = keras.Model(
    inputs={"lidar": lidar, "odom": odom},
    outputs={"steer": steer, "throttle": throttle},
)
model.compile(
    optimizer="adam",
    loss={"steer": "mse", "throttle": "mse"},
    loss_weights={"steer": 1.0, "throttle": 0.5},
    metrics={"steer": ["mae"], "throttle": ["mae"]},
)
model.fit(
    {"lidar": x_lidar, "odom": x_odom},
    {"steer": y_steer, "throttle": y_throttle},
    validation_data=({"lidar": v_lidar, "odom": v_odom}, {"steer": v_steer, "throttle": v_throttle}),
    epochs=10,
)
preds = model.predict({"lidar": t_lidar, "odom": t_odom})
print(preds["steer"][:5])
