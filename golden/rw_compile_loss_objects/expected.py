import keras
from keras import layers

state = keras.Input(shape=(12,), name="state")
h = layers.Dense(64, activation="tanh")(state)
policy = layers.Dense(4, activation="softmax", name="policy")(h)
value = layers.Dense(1, name="value")(h)

model = keras.Model(state, {"policy": policy, "value": value})
model.compile(
    optimizer=keras.optimizers.RMSprop(7e-4),
    loss={
        "policy": keras.losses.CategoricalCrossentropy(),
        "value": keras.losses.MeanSquaredError(),
    },
    loss_weights={"policy": 1.0, "value": 0.5},
)
model.train_on_batch(states, {"policy": actions, "value": returns})
