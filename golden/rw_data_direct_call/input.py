import keras
from keras import layers

obs = keras.Input(shape=(8,), name="obs")
goal = keras.Input(shape=(2,), name="goal")
h = layers.Dense(64, activation="relu")(layers.concatenate([obs, goal]))
action = layers.Dense(2, activation="tanh")(h)

actor = keras.Model([obs, goal], action)
actor.compile(optimizer="adam", loss="mse")
actor.fit([demo_obs, demo_goal], demo_actions, epochs=3)
proposal = actor([current_obs, current_goal], training=False)
